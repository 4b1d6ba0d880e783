/// How a column's date layout was settled.
public enum DateLayoutDecision: Sendable, Equatable {
  /// The mapping pinned it, or it is the only layout that reads every cell.
  case decided(DateLayout)
  /// Several layouts read every cell (no day above 12, or no cells at all); `assumed` is the
  /// mapping's or locale's choice, so the caller can warn that `alternatives` were possible.
  case ambiguous(assumed: DateLayout, alternatives: [DateLayout])

  /// The layout to read the column with.
  public var layout: DateLayout {
    switch self {
    case .decided(let layout): layout
    case .ambiguous(let layout, _): layout
    }
  }
}
