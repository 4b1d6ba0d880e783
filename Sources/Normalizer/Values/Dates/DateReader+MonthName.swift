extension DateReader {
  /// Reads "15 Jul 2026", "15. Juli 2026", "15-mrt-2026", "15 okt. 26", "Jul 15, 2026";
  /// a time after the date ("15 Jul 2026 10:30") is dropped.
  func withMonthName(_ cell: Substring) -> Reading {
    var date = cell
    if let colon = cell.firstIndex(of: ":"),
      let cut = cell[..<colon].lastIndex(where: CellText.isBlank)
    {
      date = cell[..<cut]
    }
    let words = date.split(whereSeparator: { "-./,".contains($0) || CellText.isBlank($0) })
    guard words.count == 3 else { return .otherLayout }
    let (dayText, monthText, yearText) =
      words[0].first?.isLetter == true
      ? (words[1], words[0], words[2]) : (words[0], words[1], words[2])
    guard monthText.allSatisfy(\.isLetter), CellText.isDigits(dayText), dayText.count <= 2,
      let day = Int(dayText), let year = fullYear(yearText)
    else { return .otherLayout }
    guard let month = MonthName.number(monthText) else {
      return .impossible(
        ValueProblem(
          .notADate,
          "'\(cell)' is not a date: '\(monthText)' is not a month name arflow knows",
          fix: "write the month as a number, or in English, Dutch, German or French"))
    }
    return existing(cell, year: year, month: month, day: day)
  }
}
