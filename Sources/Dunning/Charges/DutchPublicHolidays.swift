public import Receivables

/// The "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3): New Year's Day,
/// Easter Monday, Ascension Day, Whit Monday, both Christmas days, the day the King's birthday is
/// celebrated and 5 May; Good Friday is treated as one of them (art. 3 lid 2). The King's birthday
/// is celebrated on 27 April, or on 26 April when the 27th is a Sunday (koninklijkhuis.nl:
/// "Als 27 april op een zondag valt, wordt Koningsdag de dag ervoor gevierd").
public enum DutchPublicHolidays {
  /// Whether `day` is one of them.
  public static func contains(_ day: LocalDate) -> Bool {
    switch (day.month, day.day) {
    case (1, 1), (5, 5), (12, 25), (12, 26): return true
    case (4, 26), (4, 27):
      // Not King's Day this year, 26 April can still be Easter Monday.
      if day == kingsDay(day.year) { return true }
    default: break
    }
    let easter = easterSunday(day.year)
    return [-2, 1, 39, 50].contains { easter.adding(days: $0) == day }
  }

  /// Koningsdag: 27 April, or 26 April when the 27th is a Sunday.
  public static func kingsDay(_ year: Int) -> LocalDate {
    let birthday = (try? LocalDate(year: year, month: 4, day: 27)) ?? LocalDate(daysSinceEpoch: 0)
    return birthday.isoWeekday == 7 ? birthday.adding(days: -1) : birthday
  }

  /// Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and
  /// Butcher).
  public static func easterSunday(_ year: Int) -> LocalDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return (try? LocalDate(year: year, month: month, day: day)) ?? LocalDate(daysSinceEpoch: 0)
  }
}
