/// A table of items on a letter: header, rows and a total row, with per-column alignment.
public struct LetterTable: Sendable {
  /// The columns, left to right; an empty list leaves the table off.
  public var columns: [LetterColumn]
  /// The cells, one array per row, as many cells as there are columns.
  public var rows: [[String]]
  /// The bold row under a rule at the end, e.g. ["Total", "", "", "€ 1.234,56"].
  public var totalRow: [String]?

  public init(columns: [LetterColumn], rows: [[String]], totalRow: [String]? = nil) {
    self.columns = columns
    self.rows = rows
    self.totalRow = totalRow
  }
}
