extension LocalDate {
  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> LocalDate {
    LocalDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// The same day `months` months later (earlier when negative), clamped to the month's last
  /// day: 31 January plus one month is 28 or 29 February.
  public func adding(months: Int) -> LocalDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    let newDay = Swift.min(day, LocalDate.daysIn(month: newMonth, year: newYear))
    return LocalDate(unchecked: newYear, newMonth, newDay)
  }

  /// Whole days from this date to `other`: positive when `other` is later.
  public func days(until other: LocalDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var isoWeekday: Int {
    let weekday = (daysSinceEpoch % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
    return weekday + 1
  }
}
