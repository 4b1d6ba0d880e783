/// A CSV file read into rows, with what was decided about its bytes and dialect.
public struct CSVTable: Sendable {
  /// How the bytes were decoded: `"UTF-8"`, `"UTF-8 with BOM"`, `"UTF-16LE with BOM"`,
  /// `"UTF-16BE with BOM"` or `"Windows-1252"`.
  public let encoding: String
  /// The field separator, from a `sep=` line or sniffed: `,`, `;`, a tab or `|`.
  public let delimiter: Character
  /// The quote character, or nil when the file uses quotes as ordinary characters.
  public let quote: Character?
  /// Whether the file started with an Excel `sep=` line, which is not a row.
  public let sepLineRemoved: Bool
  /// What the reader tolerated, each with its line (at most 100 listed, then a count).
  public let warnings: [CSVWarning]
  /// The records in file order; completely blank lines are not rows.
  public let rows: [CSVRow]
}
