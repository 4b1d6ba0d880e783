/// How a column's decimal notation was settled.
public enum DecimalNotationDecision: Sendable, Equatable {
  /// The mapping pinned it, a cell proved it, or no cell has a mark that could be misread.
  case decided(DecimalNotation)
  /// Every mark in the column reads both ways ("1.234"); `assumed` is the fallback, and
  /// `line`/`text` name the first such cell so the caller can warn.
  case ambiguous(assumed: DecimalNotation, line: Int, text: String)

  /// The notation to read the column with.
  public var notation: DecimalNotation {
    switch self {
    case .decided(let notation): notation
    case .ambiguous(let notation, _, _): notation
    }
  }
}
