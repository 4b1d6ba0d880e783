extension XLSXReader {
  /// What to do with a workbook arflow cannot read as it is.
  private static let saveAgain =
    "open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx), or export "
    + "the sheet as CSV"

  /// The refusal for bytes that are no ZIP package (and no other spreadsheet arflow knows).
  static func notAZIP(file: String) -> ParseError {
    ParseError(
      .notAWorkbook, file: file,
      message: "the file is not an Excel workbook (.xlsx): it does not start like one (a ZIP "
        + "package)",
      fix: "check that this is the export you meant; " + saveAgain)
  }

  /// The refusal for a ZIP package that holds no workbook (a Word document, a folder of files).
  static func notAWorkbook(file: String, detail: String) -> ParseError {
    ParseError(
      .notAWorkbook, file: file,
      message: "the file is a ZIP archive but not an Excel workbook: \(detail)",
      fix: "send the workbook itself, not an archive holding it; " + saveAgain)
  }

  /// The refusal for an `.xls`, `.ods` or `.xlsb` spreadsheet.
  /// - Parameter kind: what the file is, in the bookkeeper's words.
  static func unsupported(file: String, kind: String) -> ParseError {
    ParseError(
      .unsupportedSpreadsheet, file: file,
      message: "the file is \(kind), which arflow does not read",
      fix: "open it in Excel or LibreOffice and save it as .xlsx or CSV")
  }

  /// The refusal for a broken package or a workbook that contradicts itself.
  /// - Parameters:
  ///   - part: the part of the package the problem is in (`xl/worksheets/sheet1.xml`), the
  ///     error's element unless `element` names a cell.
  ///   - detail: what is wrong, naming the part or the cell.
  static func damaged(
    file: String, part: String?, line: Int? = nil, element: String? = nil, detail: String
  ) -> ParseError {
    ParseError(
      .damagedWorkbook, file: file, line: line, element: element ?? part,
      message: "the workbook is damaged or cut off: \(detail)",
      fix: "ask the sender for the file again, or " + saveAgain)
  }

  /// The refusal for a workbook that unpacks past `XLSXLimits`.
  static func tooLarge(file: String, detail: String) -> ParseError {
    ParseError(
      .workbookTooLarge, file: file,
      message: "the workbook is larger than arflow reads: \(detail)",
      fix: "delete unused sheets, rows and columns far outside the data, or export the sheet "
        + "as CSV")
  }

  /// The refusal for a sheet name the workbook does not have.
  static func sheetMissing(file: String, name: String?, available: [String]) -> ParseError {
    let listed = available.map { "\"\($0)\"" }.joined(separator: ", ")
    guard let name else {
      return ParseError(
        .sheetNotFound, file: file, message: "the workbook has no worksheet with cells",
        fix: "check that this is the export you meant; " + saveAgain)
    }
    return ParseError(
      .sheetNotFound, file: file, element: name,
      message: "the workbook has no sheet named \"\(name)\"; its sheets are \(listed)",
      fix: "name one of these sheets in the mapping, or rename the sheet in the workbook")
  }

  /// The refusal for a sheet named in the mapping that is a chart, not cells.
  static func notAWorksheet(file: String, name: String, worksheets: [String]) -> ParseError {
    let listed = worksheets.map { "\"\($0)\"" }.joined(separator: ", ")
    return ParseError(
      .sheetNotFound, file: file, element: name,
      message: "sheet \"\(name)\" is a chart or dialog, not a sheet of cells; the sheets with "
        + "cells are \(listed.isEmpty ? "none" : listed)",
      fix: "name one of the sheets with cells in the mapping")
  }

  /// An XML problem in a part, said as a problem of the workbook: the part's line stays the
  /// line, the part becomes the element.
  static func located(_ error: ParseError, part: String) -> ParseError {
    if error.code == .documentTypeRefused {
      return ParseError(
        .documentTypeRefused, file: error.file, line: error.line, element: part,
        message: "the workbook part \(part) declares a document type (<!DOCTYPE …>); Excel "
          + "never writes one, and it can hide entity tricks, so the workbook was not read",
        fix: "ask the sender for the file again, or " + saveAgain)
    }
    guard error.element == nil else { return error }
    return ParseError(
      error.code, file: error.file, line: error.line, element: part,
      message: "in the workbook part \(part), \(error.message)",
      fix: "ask the sender for the file again, or " + saveAgain)
  }
}
