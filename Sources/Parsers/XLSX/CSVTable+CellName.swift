extension CSVTable {
  /// The spreadsheet name of a cell, as Excel shows it in the name box: column letters, then
  /// the row number. Errors about a workbook cell prefix it with the sheet, `Sheet1!F7`.
  /// - Parameters:
  ///   - column: the 0-based index of the cell in its row's `cells` (0 → `A`, 26 → `AA`).
  ///   - row: the 1-based row number, a `CSVRow.line` of a table read from a workbook.
  /// - Returns: e.g. `F7` for column 5, row 7.
  public static func cellName(column: Int, row: Int) -> String {
    XLSXCellReference.letters(ofColumn: column) + String(row)
  }
}
