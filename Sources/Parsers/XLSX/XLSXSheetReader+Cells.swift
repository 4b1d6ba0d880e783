extension XLSXSheetReader {
  /// A cell's value as text: shared and inline strings as written, booleans as `TRUE` or
  /// `FALSE`, errors as shown (`#N/A`), formulas by their saved result, numbers as plain
  /// decimals, and numbers in a date format as ISO dates (`2024-03-15`, the time dropped).
  /// - Throws: `damagedWorkbook` for a shared string index past the table.
  func text(of cell: XMLStreamNode, column: Int, line: Int, warnings: inout WarningLog) throws
    -> String
  {
    let type = cell.attribute("t") ?? "n"
    let value = cell.child("v")
    if value == nil, type != "inlineStr", cell.child("f") != nil {
      warnings.add(
        CSVWarning(
          line: line,
          message: "\(place(column: column, line: line)) has a formula without a saved result "
            + "(the workbook was saved without calculating), read as empty; open it in Excel "
            + "and save it again to keep the result"))
      return ""
    }
    switch type {
    case "inlineStr":
      return cell.child("is")?.cellText ?? value.map { XLSXEscapes.decoded($0.rawText) } ?? ""
    case "s":
      return try sharedString(value?.text ?? "", column: column, line: line)
    case "str":
      return value.map { XLSXEscapes.decoded($0.rawText) } ?? ""
    case "b":
      let flag = value?.text ?? ""
      return flag.isEmpty ? "" : (flag == "1" || flag == "true" ? "TRUE" : "FALSE")
    case "d":
      let stamp = value?.text ?? ""
      return String(stamp.prefix { $0 != "T" })
    case "e":
      return value?.text ?? ""
    default:
      let style = cell.attribute("s").flatMap { Int($0) } ?? 0
      return number(value?.text ?? "", style: style, column: column, line: line, &warnings)
    }
  }

  private func sharedString(_ index: String, column: Int, line: Int) throws -> String {
    guard !index.isEmpty else { return "" }
    guard let position = Int(index), let text = sharedStrings[position] else {
      let name = place(column: column, line: line)
      throw XLSXReader.damaged(
        file: file, part: part, line: line, element: name,
        detail: "cell \(name) points to shared string \(index), but the workbook holds "
          + "\(sharedStrings.count)")
    }
    return text
  }

  private func number(
    _ written: String, style: Int, column: Int, line: Int, _ warnings: inout WarningLog
  ) -> String {
    guard !written.isEmpty else { return "" }
    guard let number = Double(written), let text = XLSXNumberText.text(number) else {
      warnings.add(
        CSVWarning(
          line: line,
          message: "\(place(column: column, line: line)) holds \"\(written)\" as a number, "
            + "which is none; kept as written"))
      return written
    }
    guard styles.isDate(style: style) else { return text }
    guard let date = XLSXSerialDate.isoDate(number, uses1904Dates: uses1904Dates) else {
      warnings.add(
        CSVWarning(
          line: line,
          message: "\(place(column: column, line: line)) is formatted as a date but holds "
            + "\(text), which is no day (a time of day or a negative number); kept as the "
            + "number"))
      return text
    }
    if date == "1900-02-29" {
      warnings.add(
        CSVWarning(
          line: line,
          message: "\(place(column: column, line: line)) holds day 60 of Excel's 1900 date "
            + "system, 1900-02-29, a day that never was (Excel's leap-year bug); written as "
            + "1900-02-29"))
    }
    return date
  }
}
