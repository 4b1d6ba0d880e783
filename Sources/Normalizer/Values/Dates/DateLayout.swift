/// How a date column is written: which part is the day, the month and the year.
public enum DateLayout: Hashable, Sendable, CustomStringConvertible {
  /// ISO 8601, "2026-07-15"; a time part ("2026-07-15T10:30:00Z", "2026-07-15 10:30") is ignored.
  case iso
  /// Day first: "15-07-2026", "15.07.2026", "15/07/2026", "5.7.26" (two-digit years use the pivot).
  case dayMonthYear(separator: Character)
  /// Month first, as in the United States: "07/15/2026", "7/15/26".
  case monthDayYear(separator: Character)
  /// The month as a word: "15 Jul 2026", "15 juli 2026", "15. Juli 2026", "15-mrt-2026",
  /// "Jul 15, 2026" (English, Dutch, German and French names and abbreviations).
  case monthName
  /// An Excel serial day number: 45291 is 2023-12-31 in the 1900 system.
  case excelSerial(ExcelDateSystem)
  /// DATEV's "DDMM" (2102 is 21 February) with the year taken from the file's header.
  case datevDayMonth(year: Int)

  /// The layouts a text column may have when nothing else is known: ISO, day first with
  /// "-", "." or "/", month first with "/", month names, and Excel serials (1900 system).
  public static let common: [DateLayout] = [
    .iso, .dayMonthYear(separator: "-"), .dayMonthYear(separator: "."),
    .dayMonthYear(separator: "/"), .monthDayYear(separator: "/"), .monthName,
    .excelSerial(.from1900),
  ]

  /// The layout as a pattern: "yyyy-mm-dd", "dd.mm.yyyy", "mm/dd/yyyy", "d mmm yyyy", …
  public var description: String {
    switch self {
    case .iso: "yyyy-mm-dd"
    case .dayMonthYear(let separator): "dd\(separator)mm\(separator)yyyy"
    case .monthDayYear(let separator): "mm\(separator)dd\(separator)yyyy"
    case .monthName: "d mmm yyyy"
    case .excelSerial(.from1900): "Excel serial number"
    case .excelSerial(.from1904): "Excel serial number (1904 system)"
    case .datevDayMonth(let year): "DATEV DDMM in \(year)"
    }
  }

  /// Whether the day comes before the month; nil when the order is fixed by the layout.
  var isDayFirst: Bool? {
    switch self {
    case .dayMonthYear: true
    case .monthDayYear: false
    default: nil
    }
  }
}

/// Which day an Excel workbook counts its serial numbers from.
public enum ExcelDateSystem: Hashable, Sendable {
  /// Windows Excel: 1 is 1900-01-01, and 60 is the 29 February 1900 that never was.
  case from1900
  /// Old Mac Excel: 0 is 1904-01-01.
  case from1904
}
