public import Foundation

/// Reads CSV bytes (RFC 4180 plus `;` or tab delimiters and a UTF-8 BOM) into rows.
public enum CSVReader {
  /// Reads a whole CSV file.
  ///
  /// Decodes UTF-8 (a BOM is stripped), sniffs the delimiter among `,` `;` and tab, and splits
  /// records on CR, LF or CRLF outside quotes. Rows with differing cell counts are kept as they
  /// are; blank lines are skipped.
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` with code `notUTF8` (naming line and byte offset) or
  ///   `unterminatedQuote` (naming the line where the quote opened).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> CSVTable {
    var content = [UInt8](bytes)
    let hasBOM = content.starts(with: byteOrderMark)
    if hasBOM { content.removeFirst(byteOrderMark.count) }
    try checkUTF8(content, offsetInFile: hasBOM ? byteOrderMark.count : 0, file: file)

    let delimiter = sniffDelimiter(content)
    let scan = CSVRecordScanner(bytes: content, delimiter: delimiter).scan()
    if let openLine = scan.unterminatedQuoteLine {
      throw ParseError(
        .unterminatedQuote, file: file, line: openLine,
        message: "a quoted field that starts on line \(openLine) is never closed with a \"",
        fix: "close the quote on line \(openLine) or double any \" inside the field (\"\")")
    }
    return CSVTable(
      encoding: hasBOM ? "UTF-8 with BOM" : "UTF-8",
      delimiter: Character(Unicode.Scalar(delimiter)),
      rows: scan.rows)
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
