/// A calendar day of an MT940 statement: `YYMMDD` with the year pivot 80 (00–79 are 2000–2079,
/// 80–99 are 1980–1999), or an entry date `MMDD` placed in the year nearest its value date.
struct MT940Day: Comparable {
  let year: Int
  let month: Int
  let day: Int

  /// `yyyy-mm-dd`.
  var iso: String {
    "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }

  /// The day `YYMMDD` names, nil when the text is not six digits or not a date (`250230`).
  init?(yymmdd text: some StringProtocol) {
    guard text.count == 6, let number = Int(text), text.allSatisfy(\.isASCIIDigit) else {
      return nil
    }
    let twoDigitYear = number / 10_000
    self.init(
      year: twoDigitYear < 80 ? 2000 + twoDigitYear : 1900 + twoDigitYear,
      month: number / 100 % 100, day: number % 100)
  }

  /// The last day of the month `YYMMDD` names, when its day is one that month does not have
  /// (`021131`, `250230`: some banks date every month-end balance the 31st); nil when the text
  /// is a real date or no date at all (month 13, day 00 or 32).
  init?(pastMonthEnd text: some StringProtocol) {
    guard MT940Day(yymmdd: text) == nil, text.count == 6, text.allSatisfy(\.isASCIIDigit),
      let number = Int(text)
    else { return nil }
    let twoDigitYear = number / 10_000
    let year = twoDigitYear < 80 ? 2000 + twoDigitYear : 1900 + twoDigitYear
    let month = number / 100 % 100
    guard (1...12).contains(month), (29...31).contains(number % 100) else { return nil }
    self.init(year: year, month: month, day: Self.length(ofMonth: month, in: year))
  }

  /// How far an entry date may lie from its value date (half a year); `0229` next to a value
  /// date in a year without 29 February is no date rather than one four years off.
  static let longestBookingDelay = 183

  /// The entry date `MMDD` in the year that puts it nearest `valueDate`: a December value date
  /// with a January entry date is booked in the next year, and the reverse in the year before.
  init?(mmdd text: some StringProtocol, near valueDate: MT940Day) {
    guard text.count == 4, let number = Int(text), text.allSatisfy(\.isASCIIDigit) else {
      return nil
    }
    let candidates = [valueDate.year - 1, valueDate.year, valueDate.year + 1].compactMap {
      MT940Day(year: $0, month: number / 100, day: number % 100)
    }
    let target = valueDate.dayNumber
    guard
      let nearest = candidates.min(by: {
        abs($0.dayNumber - target) < abs($1.dayNumber - target)
      }), abs(nearest.dayNumber - target) <= Self.longestBookingDelay
    else { return nil }
    self = nearest
  }

  /// A valid day, or nil (`2025-02-29`, month 13).
  init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.length(ofMonth: month, in: year) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  static func < (lhs: MT940Day, rhs: MT940Day) -> Bool { lhs.dayNumber < rhs.dayNumber }

  /// Days since 1970-01-01 (the civil-from-days count of the proleptic Gregorian calendar).
  var dayNumber: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
