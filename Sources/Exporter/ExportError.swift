public import DurableFiles
public import Receivables

/// Why an export (letters, batch files, reconciliation files) could not be written, and what
/// to do.
public struct ExportError: ExplainedError {
  /// What went wrong.
  public let message: String
  /// What to do about it.
  public let fix: String
  /// The file, folder or document concerned, when there is one.
  public let location: String?
  /// The error underneath (a template's, the disk's, the ledger's), kept whole for the log.
  public let cause: (any Error & Sendable)?

  public init(
    _ message: String, fix: String, location: String? = nil, cause: (any Error & Sendable)? = nil
  ) {
    self.message = message
    self.fix = fix
    self.location = location
    self.cause = cause
  }

  /// A file or folder that could not be written.
  public init(_ error: DurableFileError) {
    self.init(
      error.message + (error.cause.map { " (\($0))" } ?? ""), fix: error.fix, location: error.path,
      cause: error)
  }

  public var description: String { "\(placedMessage); \(fix)" }
}
