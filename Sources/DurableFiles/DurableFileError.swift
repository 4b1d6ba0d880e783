/// Why a file or folder could not be written, moved or flushed durably: where, what, what to do.
public struct DurableFileError: Error, Sendable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String { case writeFailed, folderExists, moveFailed, flushFailed }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// A file or folder could not be written (permissions, disk full).
    public static let writeFailed = Code(.writeFailed)
    /// The folder to write exists already: nothing is replaced.
    public static let folderExists = Code(.folderExists)
    /// A file could not be moved (renamed) into its folder.
    public static let moveFailed = Code(.moveFailed)
    /// The disk refused to flush a folder.
    public static let flushFailed = Code(.flushFailed)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// The file or folder concerned.
  public let path: String
  /// What went wrong.
  public let message: String
  /// What to do about it.
  public let fix: String
  /// The system's reason, when there is one.
  public let cause: String?

  init(_ code: Code, path: String, message: String, fix: String, cause: String? = nil) {
    self.code = code
    self.path = path
    self.message = message
    self.fix = fix
    self.cause = cause
  }

  public var description: String {
    "\(path): \(message)" + (cause.map { " (\($0))" } ?? "") + "; \(fix)"
  }
}
