public import Foundation

/// Reads CSV files — any encoding Excel and accounting systems save in, any common dialect —
/// into rows.
public enum CSVReader {
  /// Reads a whole CSV file into memory.
  ///
  /// Decodes UTF-8, UTF-16 with a byte-order mark, or Windows-1252; removes an Excel `sep=`
  /// line; sniffs the delimiter among `,` `;` tab and `|` and whether `"` quotes; splits records
  /// on CR, LF or CRLF outside quotes. Rows with differing cell counts are kept as they are;
  /// blank lines are skipped. Use `records(from:file:)` for files too large to hold.
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` with code `notUTF8` (a UTF-8 file with a broken byte, naming line
  ///   and byte offset), `invalidUTF16`, or `unterminatedQuote` (naming the line where the
  ///   quote opened).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> CSVTable {
    try read(records(from: bytes, file: file))
  }

  /// `read(_:file:)` in chunks of `chunkSize` bytes (tests use tiny ones).
  static func read(_ bytes: Data, file: String, chunkSize: Int) throws(ParseError) -> CSVTable {
    try read(records(from: bytes, file: file, chunkSize: chunkSize))
  }

  private static func read(_ stream: CSVRecordStream) throws(ParseError) -> CSVTable {
    var rows: [CSVRow] = []
    while let row = try stream.next() { rows.append(row) }
    return CSVTable(
      encoding: stream.encoding, delimiter: stream.delimiter, quote: stream.quote,
      sepLineRemoved: stream.sepLineRemoved, warnings: stream.warnings, rows: rows)
  }
}
