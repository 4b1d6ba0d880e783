/// A CSV file read into rows, with what was decided about its bytes and dialect.
public struct CSVTable: Sendable {
  /// How the bytes were decoded: `"UTF-8"` or `"UTF-8 with BOM"`.
  public let encoding: String
  /// The field separator found by sniffing: `,`, `;` or a tab.
  public let delimiter: Character
  /// The records in file order; completely blank lines are not rows.
  public let rows: [CSVRow]
}
