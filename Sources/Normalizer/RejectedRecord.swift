public import Receivables

/// A record that was not taken, with where it is, why, and what to do.
public struct RejectedRecord: Sendable, Hashable {
  public var location: SourceLocation
  /// What is wrong, in a bookkeeper's words.
  public var reason: String
  /// What to do about it.
  public var fix: String
  /// The record's raw cells, for a CSV row, so it can be corrected and dropped again.
  public var rawCells: [String]?

  public init(location: SourceLocation, reason: String, fix: String, rawCells: [String]? = nil) {
    self.location = location
    self.reason = reason
    self.fix = fix
    self.rawCells = rawCells
  }
}
