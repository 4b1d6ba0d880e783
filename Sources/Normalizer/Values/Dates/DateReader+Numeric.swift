extension DateReader {
  /// The order of the parts of an all-digit date.
  enum NumericOrder {
    case yearMonthDay, dayMonthYear, monthDayYear
  }

  /// Reads "2026-07-15", "15.07.2026", "07/15/26"; a time after a space (or a "T" in ISO)
  /// is dropped.
  func numeric(_ cell: Substring, order: NumericOrder, separator: Character) -> Reading {
    let date = withoutTime(cell, isISO: order == .yearMonthDay)
    let parts = date.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ CellText.isDigits($0) }) else {
      return .otherLayout
    }
    let (yearText, monthText, dayText) =
      switch order {
      case .yearMonthDay: (parts[0], parts[1], parts[2])
      case .dayMonthYear: (parts[2], parts[1], parts[0])
      case .monthDayYear: (parts[2], parts[0], parts[1])
      }
    let year =
      order == .yearMonthDay ? (yearText.count == 4 ? Int(yearText) : nil) : fullYear(yearText)
    guard let year, (1...2).contains(monthText.count), (1...2).contains(dayText.count),
      let month = Int(monthText), let day = Int(dayText)
    else { return .otherLayout }
    return existing(date, year: year, month: month, day: day)
  }

  /// The date part of a date-time: "2026-07-15T10:30:00Z" and "15.07.2026 10:30" lose the time.
  private func withoutTime(_ cell: Substring, isISO: Bool) -> Substring {
    guard let cut = cell.firstIndex(where: { CellText.isBlank($0) || (isISO && $0 == "T") })
    else { return cell }
    let time = CellText.trimmed(cell[cell.index(after: cut)...])
    guard let first = time.first, CellText.isDigit(first), time.contains(":") else { return cell }
    return cell[..<cut]
  }
}
