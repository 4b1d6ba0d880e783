/// One column of a letter table: its title, how its cells align and its share of the width.
public struct LetterColumn: Sendable {
  /// Where the text sits in the column.
  public enum Alignment: Sendable {
    /// Left: descriptions, numbers that are names (invoice numbers), dates.
    case leading
    /// Right: amounts, so the decimals line up.
    case trailing
  }

  /// The header text, e.g. "Invoice" or "Amount due".
  public var title: String
  public var alignment: Alignment
  /// The column's share of the table width, relative to the other columns (e.g. 3, 2, 2).
  public var relativeWidth: Double

  public init(_ title: String, alignment: Alignment = .leading, relativeWidth: Double = 1) {
    self.title = title
    self.alignment = alignment
    self.relativeWidth = relativeWidth
  }
}
