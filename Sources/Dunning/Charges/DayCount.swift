public import Receivables

/// How the days of an interest period are counted and what a year is. arflow's default for every
/// rule is actual/365: every calendar day counts, a year is 365 days, leap years included.
public enum DayCount: String, Sendable, Hashable, CaseIterable {
  /// Actual days over 365.
  case actual365 = "act/365"
  /// Actual days over the days of the period's year (366 in a leap year); periods never cross
  /// a new year.
  case actualActual = "act/act"
  /// Months of 30 days, a year of 360 (30/360 bond basis: a 31st counts as the 30th, and an
  /// end on the 31st as the 30th when the period starts after a 30th or 31st).
  case thirty360 = "30/360"

  /// The days from `first` to `last`, both included.
  public func days(from first: LocalDate, through last: LocalDate) -> Int {
    switch self {
    case .actual365, .actualActual:
      return first.days(until: last) + 1
    case .thirty360:
      let before = first.adding(days: -1)
      let start = min(before.day, 30)
      let end = last.day == 31 && start == 30 ? 30 : last.day
      return 360 * (last.year - before.year) + 30 * (last.month - before.month) + end - start
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
