public import Receivables

/// What happened to one inbox file in a run.
public struct FileOutcome: Sendable, Equatable {
  /// How the file ended.
  public enum Result: String, Sendable {
    /// Every record booked; the file is in `processed/`.
    case processed
    /// The good records booked, some rejected; the file is in `processed/`, the report in `failed/`.
    case partiallyProcessed
    /// Nothing booked; the file and its report are in `failed/`.
    case failed
    /// Same content as a file processed before; archived, nothing booked.
    case duplicate
    /// A transient fault (database busy); the file stays in the inbox for the next run.
    case retryLater
  }

  public var name: String
  public var kind: FileKind
  public var result: Result
  public var records: Int
  public var rejected: Int
  /// Where the file is now, relative to the workspace.
  public var archivedAs: String?
  /// The error report, relative to the workspace.
  public var report: String?
  /// A one-line summary for people.
  public var summary: String
  /// What the credit manager should look at: failed business rules, links that found no
  /// invoice, corrections that leave an invoice open.
  public var notices: [String] = []
  /// Statements booked although their balances do not add up, each with what was off.
  public var unprovenStatements: [UnprovenStatement] = []
  /// `NAME.warning.txt` beside the archived file, relative to the workspace, when there is one.
  public var warningReport: String?
  /// The file's SHA-256, once it was committed (to record where it was archived).
  var sha256: String? = nil
}
