import Foundation

/// Streams one worksheet part into rows: one `<row>` at a time is expanded and turned into
/// text cells, so memory holds the rows read so far, never a tree of the sheet.
///
/// Cells are placed by their `r` name (`C7`), or one after another when a row has none; a cell
/// the sheet leaves out is an empty string. A row with no text in any cell is not a row. Every
/// row is as wide as the widest column any non-empty cell of the sheet reaches, so a header with
/// an empty last column lines up with the data under it.
struct XLSXSheetReader {
  /// The sheet's name on its tab, used in cell names (`Sheet1!F7`).
  let sheet: String
  /// The sheet's part in the package.
  let part: String
  /// The workbook's file name, used in errors.
  let file: String
  let sharedStrings: XLSXSharedStrings
  let styles: XLSXStyles
  let uses1904Dates: Bool
  let limits: XLSXLimits

  /// The rows in sheet order with what was tolerated on the way.
  /// - Throws: the part's XML errors; `damagedWorkbook` for a cell that names no cell or
  ///   points past the shared strings; `workbookTooLarge` past `limits.cells`.
  func read(_ bytes: Data) throws(ParseError) -> (rows: [CSVRow], warnings: [CSVWarning]) {
    var rows: [CSVRow] = []
    var width = 0
    var previous = 0
    var warnings = WarningLog()
    try XLSXPartStream.read(bytes, part: part, file: file) { reader in
      try reader.forEachChild {
        guard reader.isNamed("sheetData") else { return try reader.skip() }
        try reader.forEachChild {
          guard reader.isNamed("row") else { return try reader.skip() }
          let row = try reader.expand()
          let line = row.attribute("r").flatMap { Int($0) } ?? previous + 1
          previous = line
          let cells = try self.cells(of: row, line: line, warnings: &warnings)
          try reader.skip()
          guard !cells.isEmpty else { return }
          rows.append(CSVRow(line: line, cells: cells))
          width = max(width, cells.count)
          // Rows are bounded by the part size and columns by 16,384: the product fits an Int.
          guard rows.count * width <= limits.cells else {
            throw tooManyCells(rows: rows.count, width: width)
          }
        }
      }
    }
    for index in rows.indices where rows[index].cells.count < width {
      let row = rows[index]
      let missing = width - row.cells.count
      rows[index] = CSVRow(line: row.line, cells: row.cells + repeatElement("", count: missing))
    }
    return (rows, warnings.all)
  }

  /// The text of each cell of a `<row>` up to its last non-empty one (empty when all are).
  private func cells(of row: XMLStreamNode, line: Int, warnings: inout WarningLog) throws
    -> [String]
  {
    var cells: [String] = []
    var lastFilled = -1
    var column = -1
    for cell in row.children("c") {
      if let name = cell.attribute("r") {
        guard let named = XLSXCellReference.column(of: name) else {
          throw XLSXReader.damaged(
            file: file, part: part, line: line, element: "\(sheet)!\(name)",
            detail: "a cell in row \(line) is named \"\(name)\", which names no cell")
        }
        column = named
      } else {
        column += 1
        guard column < XLSXCellReference.columnCount else {
          throw XLSXReader.damaged(
            file: file, part: part, line: line, element: sheet,
            detail: "row \(line) has more than \(XLSXCellReference.columnCount) cells")
        }
      }
      let text = try self.text(of: cell, column: column, line: line, warnings: &warnings)
      guard !text.isEmpty else { continue }
      if column >= cells.count {
        cells.append(contentsOf: repeatElement("", count: column - cells.count + 1))
      }
      cells[column] = text
      lastFilled = max(lastFilled, column)
    }
    return Array(cells.prefix(lastFilled + 1))
  }

  /// `Sheet1!F7`, or `'Open items'!F7` for a sheet name Excel would quote.
  func place(column: Int, line: Int) -> String {
    let plain = sheet.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
    }
    let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    return name + "!" + CSVTable.cellName(column: column, row: line)
  }

  private func tooManyCells(rows: Int, width: Int) -> ParseError {
    XLSXReader.tooLarge(
      file: file,
      detail: "sheet \"\(sheet)\" has \(rows) rows as wide as column "
        + "\(XLSXCellReference.letters(ofColumn: width - 1)), more than \(limits.cells) cells "
        + "(a value far to the right of the data widens every row)")
  }
}
