public import Receivables

/// Reads one date cell in a known `DateLayout` into a `LocalDate`.
public struct DateReader: Sendable {
  /// How the column writes its dates.
  public let layout: DateLayout
  /// Two-digit years below the pivot are 20xx, the others 19xx: with 70, "69" is 2069 and
  /// "70" is 1970.
  public let twoDigitYearPivot: Int

  public init(layout: DateLayout, twoDigitYearPivot: Int = 70) {
    self.layout = layout
    self.twoDigitYearPivot = twoDigitYearPivot
  }

  /// The date in `text`.
  /// - Throws: `ValueProblem` with code `missing`, `notADate` (the text is not written in
  ///   the layout) or `noSuchDay` (31 February, Excel's 29 February 1900, DATEV's 29 February
  ///   in a year that has none).
  public func date(_ text: String) throws(ValueProblem) -> LocalDate {
    switch reading(text) {
    case .date(let date):
      return date
    case .impossible(let problem):
      throw problem
    case .otherLayout:
      guard !CellText.trimmed(text).isEmpty else { throw ValueProblem.missing("date") }
      throw ValueProblem(
        .notADate, "'\(text)' is not a date written as \(layout)",
        fix: "correct the date, or set the mapping's dateFormat to the layout the file uses")
    }
  }

  /// What a cell reads as in this layout.
  enum Reading: Sendable, Equatable {
    /// A real date.
    case date(LocalDate)
    /// Written in this layout, but the day does not exist or the month name is unknown.
    case impossible(ValueProblem)
    /// Not written in this layout.
    case otherLayout
  }

  /// What `text` reads as in this layout.
  func reading(_ text: String) -> Reading {
    let cell = CellText.trimmed(text)
    guard !cell.isEmpty else { return .otherLayout }
    switch layout {
    case .iso: return numeric(cell, order: .yearMonthDay, separator: "-")
    case .dayMonthYear(let separator):
      return numeric(cell, order: .dayMonthYear, separator: separator)
    case .monthDayYear(let separator):
      return numeric(cell, order: .monthDayYear, separator: separator)
    case .monthName: return withMonthName(cell)
    case .excelSerial(let system): return excelSerial(cell, system: system)
    case .datevDayMonth(let year): return datevDayMonth(cell, year: year)
    }
  }

  /// The date if it exists; otherwise a `noSuchDay` problem quoting `text`.
  func existing(_ text: some StringProtocol, year: Int, month: Int, day: Int) -> Reading {
    guard let date = try? LocalDate(year: year, month: month, day: day) else {
      return .impossible(
        ValueProblem(
          .noSuchDay,
          "'\(text)' is not a real date: there is no day \(day) in month \(month) of \(year)",
          fix: "correct the date in the source"))
    }
    return .date(date)
  }

  /// A year written with two digits, placed in the century the pivot says.
  func fullYear(_ digits: some StringProtocol) -> Int? {
    guard CellText.isDigits(digits), let value = Int(digits) else { return nil }
    switch digits.count {
    case 4: return value
    case 2: return value < twoDigitYearPivot ? 2000 + value : 1900 + value
    default: return nil
    }
  }

  /// Whether `text` is a real date in this layout.
  func reads(_ text: String) -> Bool {
    if case .date = reading(text) { return true }
    return false
  }
}
