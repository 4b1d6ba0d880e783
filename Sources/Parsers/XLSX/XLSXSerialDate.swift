/// Excel's serial day numbers as ISO dates, in both of Excel's date systems.
///
/// In the 1900 system (Windows Excel, the default) serial 1 is 1900-01-01, and serial 60 is
/// 1900-02-29, a day that never was: Lotus 1-2-3 took 1900 for a leap year and Excel kept the
/// mistake, so serials below 61 are one day later than the days counted from 1899-12-31 would
/// give. In the 1904 system (`date1904`, old Mac Excel) serial 0 is 1904-01-01.
enum XLSXSerialDate {
  /// The last day Excel can show, 9999-12-31, in the 1900 system.
  private static let lastSerial1900 = 2_958_465.0
  /// Milliseconds in a day: a serial is rounded to the millisecond, as Excel shows it, so
  /// 45292.99999999999 (a time computed as 24:00) is the next day.
  private static let millisecondsPerDay = 86_400_000.0

  /// The date part of a serial as `YYYY-MM-DD`, or nil when the serial is no day Excel shows
  /// (negative, a time of day below 1 in the 1900 system, beyond 9999-12-31).
  /// - Parameters:
  ///   - serial: the cell's number.
  ///   - uses1904Dates: whether the workbook counts from 1904-01-01.
  static func isoDate(_ serial: Double, uses1904Dates: Bool) -> String? {
    guard serial.isFinite, serial >= 0 else { return nil }
    let rounded = (serial * millisecondsPerDay).rounded() / millisecondsPerDay
    let day = Int(rounded.rounded(.down))
    if uses1904Dates {
      guard Double(day) <= lastSerial1900 - 1462 else { return nil }
      return iso(daysSinceEpoch: daysFromCivil(year: 1904, month: 1, day: 1) + day)
    }
    guard day >= 1, Double(day) <= lastSerial1900 else { return nil }
    if day == 60 { return "1900-02-29" }
    let base =
      day < 60
      ? daysFromCivil(year: 1899, month: 12, day: 31)
      : daysFromCivil(year: 1899, month: 12, day: 30)
    return iso(daysSinceEpoch: base + day)
  }

  private static func iso(daysSinceEpoch days: Int) -> String {
    let (year, month, day) = civil(fromDays: days)
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian date of days since 1970-01-01 (Hinnant's `civil_from_days`).
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
