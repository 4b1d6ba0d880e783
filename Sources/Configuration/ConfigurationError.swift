public import Receivables

/// Why a file in `mappings/` cannot be used: which file, which line, what is wrong and what to
/// write instead.
public struct ConfigurationError: ExplainedError, Equatable {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case unreadable, notYAML, unknownKey, missingKey, wrongValue
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The file cannot be opened or is not UTF-8 text.
    public static let unreadable = Code(.unreadable)
    /// The text is not YAML (a tab for indentation, an unclosed quote).
    public static let notYAML = Code(.notYAML)
    /// A key the file's form does not have: a misspelling that would silently keep a default.
    public static let unknownKey = Code(.unknownKey)
    /// A key the file must have is missing.
    public static let missingKey = Code(.missingKey)
    /// A value of the wrong kind (text where a number belongs) or one the setting does not take.
    public static let wrongValue = Code(.wrongValue)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// The file's name as the user knows it ("policy.yaml", "sources/datev-opos.yaml").
  public let file: String
  /// The 1-based line, when known.
  public let line: Int?
  /// The path of keys to the problem ("levels[2].days").
  public let keyPath: String?
  /// What is wrong.
  public let message: String
  /// What to write instead.
  public let fix: String

  public init(
    _ code: Code, file: String, line: Int? = nil, keyPath: String? = nil, message: String,
    fix: String
  ) {
    self.code = code
    self.file = file
    self.line = line
    self.keyPath = keyPath
    self.message = message
    self.fix = fix
  }

  /// "policy.yaml, line 4 (levels[1])".
  public var location: String? {
    var place = file
    if let line { place += ", line \(line)" }
    if let keyPath, !keyPath.isEmpty { place += " (\(keyPath))" }
    return place
  }

  /// "policy.yaml, line 4 (levels[1]): 'dayz' is not a setting here; did you mean 'days'? …".
  public var description: String { "\(placedMessage); \(fix)" }

  /// The same problem told about another file name (a folder-relative name, say).
  public func inFile(_ name: String) -> ConfigurationError {
    ConfigurationError(code, file: name, line: line, keyPath: keyPath, message: message, fix: fix)
  }
}
