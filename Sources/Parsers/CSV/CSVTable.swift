/// A CSV file read into rows, with what was decided about its bytes and dialect.
public struct CSVTable: Sendable {
  /// How the bytes were decoded: `"UTF-8"`, `"UTF-8 with BOM"`, `"UTF-16LE with BOM"`,
  /// `"UTF-16BE with BOM"` or `"Windows-1252"`; `"xlsx"` for a table read from a workbook.
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
  /// The worksheet the rows come from when the table was read from an `.xlsx` workbook (its
  /// numbers are then Excel's binary doubles written out as decimals); nil for a CSV file.
  public let sheet: String?

  init(
    encoding: String, delimiter: Character, quote: Character?, sepLineRemoved: Bool,
    warnings: [CSVWarning], rows: [CSVRow], sheet: String? = nil
  ) {
    self.encoding = encoding
    self.delimiter = delimiter
    self.quote = quote
    self.sepLineRemoved = sepLineRemoved
    self.warnings = warnings
    self.rows = rows
    self.sheet = sheet
  }
}
