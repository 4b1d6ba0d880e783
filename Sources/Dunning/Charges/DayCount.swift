public import Receivables

/// How the days of an interest period are counted and what a year is. arflow's default for every
/// rule is actual/365: every calendar day counts, a year is 365 days, leap years included.
public enum DayCount: String, Sendable, Hashable, CaseIterable {
  /// Actual days over 365.
  case actual365 = "act/365"
  /// Actual days over the days of the period's year (366 in a leap year); periods never cross
  /// a new year.
  case actualActual = "act/act"
  /// Months of 30 days, a year of 360, every 31st counted as the 30th (30E/360, the German
  /// "Bankjahr"). Days are counted from the day before the period, so periods add up: split at
  /// 31 December or not, the same days.
  case thirty360 = "30/360"

  /// The days from `first` to `last`, both included (under 30/360, as that convention counts).
  public func days(from first: LocalDate, through last: LocalDate) -> Int {
    switch self {
    case .actual365, .actualActual:
      return first.days(until: last) + 1
    case .thirty360:
      let position = { (day: LocalDate) in 360 * day.year + 30 * day.month + min(day.day, 30) }
      return position(last) - position(first.adding(days: -1))
    }
  }

  /// The days of the year a period in `year` is divided by.
  public func yearLength(_ year: Int) -> Int64 {
    switch self {
    case .actual365: 365
    case .actualActual: LocalDate.daysIn(month: 2, year: year) == 29 ? 366 : 365
    case .thirty360: 360
    }
  }
}
