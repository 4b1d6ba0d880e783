/// Turns the two-digit-year dates of line-based statements (CODA `DDMMYY`, BAI2 `YYMMDD`)
/// into `yyyy-mm-dd`.
enum StatementDate {
  /// `yyyy-mm-dd` for six digits in the given order, or nil when they are not a calendar date.
  ///
  /// Years 00–69 are 20xx and 70–99 are 19xx (CODA and BAI2 both predate 1990).
  /// - Parameters:
  ///   - digits: the six characters as written.
  ///   - dayFirst: true for `DDMMYY` (CODA), false for `YYMMDD` (BAI2).
  static func iso(_ digits: String, dayFirst: Bool) -> String? {
    let characters = Array(digits)
    guard characters.count == 6, characters.allSatisfy(\.isASCIIDigit) else { return nil }
    let pairs = stride(from: 0, to: 6, by: 2).map { String(characters[$0..<$0 + 2]) }
    let (dd, mm, yy) = dayFirst ? (pairs[0], pairs[1], pairs[2]) : (pairs[2], pairs[1], pairs[0])
    guard let day = Int(dd), let month = Int(mm), let shortYear = Int(yy) else { return nil }
    let year = shortYear < 70 ? 2000 + shortYear : 1900 + shortYear
    guard (1...12).contains(month), (1...daysIn(month, of: year)).contains(day) else {
      return nil
    }
    return "\(year)-\(mm)-\(dd)"
  }

  private static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
