public import Receivables

/// Why a pipeline step could not run at all (not a bad input file: those end in `inbox/failed/`),
/// where, and what to do.
public struct PipelineError: ExplainedError {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case workspace, defaultsMissing, schemas, input, incomplete, unreadableManifest, approval
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The workspace cannot be created or used (not a workspace, not writable).
    public static let workspace = Code(.workspace)
    /// arflow's own bundled files are missing.
    public static let defaultsMissing = Code(.defaultsMissing)
    /// The `--schemas` folder cannot be used.
    public static let schemas = Code(.schemas)
    /// A file named on the command line cannot be read.
    public static let input = Code(.input)
    /// The configuration is incomplete for what was asked (letters without a creditor).
    public static let incomplete = Code(.incomplete)
    /// A batch folder in `outbox/reminders/` has a manifest arflow cannot read.
    public static let unreadableManifest = Code(.unreadableManifest)
    /// `arflow dun --approve` names no batch that waits for approval.
    public static let approval = Code(.approval)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What went wrong.
  public let message: String
  /// What to do about it.
  public let fix: String
  /// The file or folder concerned, when there is one.
  public let location: String?
  /// The error underneath, kept whole.
  public let cause: (any Error & Sendable)?

  init(
    _ code: Code, _ message: String, fix: String, location: String? = nil,
    cause: (any Error & Sendable)? = nil
  ) {
    self.code = code
    self.message = message
    self.fix = fix
    self.location = location
    self.cause = cause
  }

  public var description: String { "\(placedMessage); \(fix)" }
}
