import Receivables

extension DateReader {
  /// Reads an Excel serial day number; a time of day after the decimal mark is dropped.
  func excelSerial(_ cell: Substring, system: ExcelDateSystem) -> Reading {
    let parts = cell.split(
      maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    guard CellText.isDigits(parts[0]), parts.count == 1 || CellText.isDigits(parts[1]) else {
      return .otherLayout
    }
    guard parts[0].count <= 7, let serial = Int(parts[0]) else { return .otherLayout }
    switch system {
    case .from1900:
      if serial == 60 {
        return .impossible(
          ValueProblem(
            .noSuchDay,
            "Excel serial 60 is 29 February 1900, a day that never existed (an old Excel leap-year error)",
            fix: "correct the date in the workbook and export again"))
      }
      // 1899-12-31 is day 0 up to the fake leap day, 1899-12-30 after it.
      return serialDate(cell, serial, epochDay: serial < 60 ? -25_568 : -25_569, first: 1)
    case .from1904:
      return serialDate(cell, serial, epochDay: -24_107, first: 0)
    }
  }

  private func serialDate(_ cell: Substring, _ serial: Int, epochDay: Int, first: Int) -> Reading {
    let date = LocalDate(daysSinceEpoch: epochDay + serial)
    guard serial >= first, date.year <= 9999 else {
      return .impossible(
        ValueProblem(
          .notADate, "'\(cell)' is not an Excel date: the serial number is out of range",
          fix: "format the column as a date in Excel before exporting"))
    }
    return .date(date)
  }

  /// Reads DATEV's "DDMM" ("2102", or "102" for 1 February) in `year`.
  func datevDayMonth(_ cell: Substring, year: Int) -> Reading {
    guard CellText.isDigits(cell), (3...4).contains(cell.count), let value = Int(cell) else {
      return .otherLayout
    }
    let (day, month) = (value / 100, value % 100)
    guard let date = try? LocalDate(year: year, month: month, day: day) else {
      return .impossible(
        ValueProblem(
          .noSuchDay,
          "'\(cell)' is not a real date in \(year): there is no day \(day) in month \(month)",
          fix: "correct the date in DATEV, or check the fiscal year in the file's header"))
    }
    return .date(date)
  }
}
