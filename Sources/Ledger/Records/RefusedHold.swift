public import Receivables

/// A row of a holds file the ledger did not record: where it is, why, and what to do.
public struct RefusedHold: Sendable, Equatable {
  /// The file and line of the row.
  public var source: SourceLocation
  public var message: String
  public var fix: String

  public init(source: SourceLocation, message: String, fix: String) {
    self.source = source
    self.message = message
    self.fix = fix
  }
}
