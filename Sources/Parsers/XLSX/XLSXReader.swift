public import Foundation

/// Reads the first sheet (or a named one) of an Excel `.xlsx` workbook into the same
/// `CSVTable` a CSV file gives, so a workbook goes through the same mappings and normaliser.
///
/// The package is unpacked part by part within fixed limits (512 MiB in all, 256 MiB a part,
/// counted while unpacking, so a ZIP bomb is refused), and every XML part is streamed through
/// libxml2 under `SecureXMLReader`'s rules (no network, no DTD, no entity expansion, a
/// `<!DOCTYPE …>` refused); a sheet is read one row at a time.
///
/// Cells become text: strings as written (leading zeros kept), booleans `TRUE`/`FALSE`, errors
/// as shown (`#N/A`), formulas by their saved result, numbers as the shortest decimal that reads
/// back as the same double (`1234.5`, `0.30000000000000004`, `1234567890123456`, never an
/// exponent), and numbers in a date format as ISO dates (`2024-03-15`). Each row's `line` is the
/// Excel row number.
public enum XLSXReader {
  /// Reads one sheet of a workbook.
  ///
  /// The table's `encoding` is `"xlsx"`, its `sheet` the sheet's name, its `delimiter` `,`
  /// and `quote` `"` (no meaning for a workbook). Warnings name cells (`Sheet1!F7`): a formula
  /// without a saved result (read as empty), a date-formatted number that is no day.
  /// - Parameters:
  ///   - bytes: the workbook's bytes.
  ///   - file: the file name used in errors.
  ///   - sheet: the sheet to read, by its tab name; the first worksheet when nil.
  /// - Throws: `ParseError` with code `notAWorkbook` (no ZIP, or a ZIP without a workbook),
  ///   `unsupportedSpreadsheet` (`.xls`, `.ods`, `.xlsb`), `damagedWorkbook` (a truncated or
  ///   corrupt ZIP, a missing part, a cell pointing nowhere), `workbookTooLarge` (past the
  ///   limits), `sheetNotFound` (naming the sheets there are), `documentTypeRefused` or
  ///   `malformedXML` (naming the part), `emptyDocument`.
  public static func read(_ bytes: Data, file: String, sheet: String? = nil) throws(ParseError)
    -> CSVTable
  {
    try read(bytes, file: file, sheet: sheet, limits: .standard)
  }

  /// `read(_:file:sheet:)` within `limits` (tests use tiny ones).
  static func read(_ bytes: Data, file: String, sheet name: String?, limits: XLSXLimits)
    throws(ParseError) -> CSVTable
  {
    guard !bytes.isEmpty else {
      throw ParseError(
        .emptyDocument, file: file, message: "the file is empty",
        fix: "export the workbook again; the file has no bytes in it")
    }
    if let kind = looksLikeOtherSpreadsheet(bytes) {
      throw unsupported(file: file, kind: otherSpreadsheetNames[kind] ?? kind)
    }
    let package = try XLSXPackage(bytes: bytes, file: file, limits: limits)
    if !package.contains(XLSXWorkbook.part), package.contains("xl/workbook.bin") {
      throw unsupported(file: file, kind: "an Excel binary workbook (.xlsb)")
    }
    let workbook = try XLSXWorkbook(package: package)
    let chosen = try workbook.sheet(named: name, file: file)
    guard let part = chosen.part else {
      throw damaged(
        file: file, part: XLSXWorkbook.relationshipsPart, element: chosen.name,
        detail: "sheet \"\(chosen.name)\" has no relationship naming its part")
    }
    guard chosen.isWorksheet else {
      throw notAWorksheet(
        file: file, name: chosen.name, worksheets: workbook.sheets.filter(\.isWorksheet).map(\.name)
      )
    }
    guard let sheetBytes = try package.part(part) else {
      throw damaged(
        file: file, part: part,
        detail: "it names the part \(part) for sheet \"\(chosen.name)\", but does not hold it")
    }
    let sharedStrings = try workbook.sharedStringsPart.flatMap { (path) throws(ParseError) in
      try package.part(path).map { (bytes) throws(ParseError) in
        try XLSXSharedStrings(bytes, part: path, file: file)
      }
    }
    let styles = try workbook.stylesPart.flatMap { (path) throws(ParseError) in
      try package.part(path).map { (bytes) throws(ParseError) in
        try XLSXStyles(bytes, part: path, file: file)
      }
    }
    let reader = XLSXSheetReader(
      sheet: chosen.name, part: part, file: file, sharedStrings: sharedStrings ?? .init(),
      styles: styles ?? .init(), uses1904Dates: workbook.uses1904Dates, limits: limits)
    let (rows, warnings) = try reader.read(sheetBytes)
    return CSVTable(
      encoding: "xlsx", delimiter: ",", quote: "\"", sepLineRemoved: false, warnings: warnings,
      rows: rows, sheet: chosen.name)
  }

  /// What `looksLikeOtherSpreadsheet` answers, in the bookkeeper's words.
  private static let otherSpreadsheetNames = [
    "xls": "an Excel 97–2003 workbook (.xls), or a password-protected workbook",
    "ods": "an OpenDocument spreadsheet (.ods)",
  ]
}
