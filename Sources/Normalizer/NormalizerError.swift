public import Receivables

/// Why a whole file (or a mapping) could not be normalised; single bad rows are `RejectedRecord`s instead.
public struct NormalizerError: ExplainedError {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String { case mappingInvalid, noMapping, headerMissing, unsupportedContent }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// A mapping file is not valid.
    public static let mappingInvalid = Code(.mappingInvalid)
    /// No mapping recognises the file.
    public static let noMapping = Code(.noMapping)
    /// The file has no header row with the mapping's columns.
    public static let headerMissing = Code(.headerMissing)
    /// The file's content is of a kind arflow does not read.
    public static let unsupportedContent = Code(.unsupportedContent)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// The file the problem is in (an inbox file or a mapping).
  public let file: String
  public let line: Int?
  /// What is wrong.
  public let message: String
  /// What to do about it.
  public let fix: String
  /// More than a person needs at first: why every mapping passed the file by (for
  /// `NAME.error.txt` and `--verbose`).
  public var details: [String] = []

  init(_ code: Code, file: String, line: Int? = nil, _ message: String, fix: String) {
    self.code = code
    self.file = file
    self.line = line
    self.message = message
    self.fix = fix
  }

  /// A mapping named by the user that does not exist.
  public static func unknownMapping(_ name: String, file: String, known: [String])
    -> NormalizerError
  {
    NormalizerError(
      .noMapping, file: file, "there is no mapping named '\(name)'",
      fix: "name one of \(known.joined(separator: ", "))")
  }

  /// A table with its header and no record below it.
  public static func headerOnly(file: String, mapping: String) -> NormalizerError {
    NormalizerError(
      .headerMissing, file: file,
      "the file has its header (read with mapping \(mapping)) but no rows below it",
      fix: "export it again with the rows; nothing was booked")
  }

  /// "open-items.csv, line 12".
  public var location: String? { line.map { "\(file), line \($0)" } ?? file }

  public var description: String { "\(placedMessage); \(fix)" }
}
