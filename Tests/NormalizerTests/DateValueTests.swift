import Normalizer
import Receivables
import Testing

struct DateValueTests {
  static let readable: [(text: String, layout: DateLayout, iso: String)] = [
    ("2026-07-15", .iso, "2026-07-15"),
    ("2026-07-15T10:30:00Z", .iso, "2026-07-15"),
    ("2026-07-15T23:59:59+02:00", .iso, "2026-07-15"),
    ("2026-07-15 10:30", .iso, "2026-07-15"),
    ("15-07-2026", .dayMonthYear(separator: "-"), "2026-07-15"),
    ("15.07.2026", .dayMonthYear(separator: "."), "2026-07-15"),
    ("15/07/2026", .dayMonthYear(separator: "/"), "2026-07-15"),
    ("5.7.2026", .dayMonthYear(separator: "."), "2026-07-05"),
    ("15.07.2026 10:30:00", .dayMonthYear(separator: "."), "2026-07-15"),
    ("15.07.26", .dayMonthYear(separator: "."), "2026-07-15"),
    ("07/15/2026", .monthDayYear(separator: "/"), "2026-07-15"),
    ("7/4/2026", .monthDayYear(separator: "/"), "2026-07-04"),
    ("12/31/99", .monthDayYear(separator: "/"), "1999-12-31"),
    ("15 Jul 2026", .monthName, "2026-07-15"),
    ("15 July 2026", .monthName, "2026-07-15"),
    ("15 Jul 2026 10:30", .monthName, "2026-07-15"),
    ("15 juli 2026", .monthName, "2026-07-15"),
    ("15. Juli 2026", .monthName, "2026-07-15"),
    ("15-mrt-2026", .monthName, "2026-03-15"),
    ("15-Jul-26", .monthName, "2026-07-15"),
    ("Jul 15, 2026", .monthName, "2026-07-15"),
    ("1 mei 2026", .monthName, "2026-05-01"),
    ("3 okt. 2026", .monthName, "2026-10-03"),
    ("24. Dez. 2026", .monthName, "2026-12-24"),
    ("12 déc. 2026", .monthName, "2026-12-12"),
    ("1", .excelSerial(.from1900), "1900-01-01"),
    ("59", .excelSerial(.from1900), "1900-02-28"),
    ("61", .excelSerial(.from1900), "1900-03-01"),
    ("25569", .excelSerial(.from1900), "1970-01-01"),
    ("45291", .excelSerial(.from1900), "2023-12-31"),
    ("45291.75", .excelSerial(.from1900), "2023-12-31"),
    ("0", .excelSerial(.from1904), "1904-01-01"),
    ("43829", .excelSerial(.from1904), "2023-12-31"),
    ("2102", .datevDayMonth(year: 2026), "2026-02-21"),
    ("102", .datevDayMonth(year: 2026), "2026-02-01"),
    ("3112", .datevDayMonth(year: 2026), "2026-12-31"),
    ("2902", .datevDayMonth(year: 2028), "2028-02-29"),
  ]

  @Test("reads every date layout a source writes", arguments: readable)
  func readsDate(_ example: (text: String, layout: DateLayout, iso: String)) throws {
    let date = try DateReader(layout: example.layout).date(example.text)
    #expect(date == (try LocalDate(iso8601: example.iso)))
  }

  static let monthWords: [(word: String, month: Int)] = [
    ("Jan", 1), ("jan.", 1), ("januari", 1), ("Januar", 1), ("janv.", 1),
    ("Feb", 2), ("feb.", 2), ("februari", 2), ("Februar", 2), ("févr.", 2),
    ("Mar", 3), ("mrt", 3), ("mrt.", 3), ("maart", 3), ("Mär", 3), ("Mär.", 3), ("März", 3),
    ("Mrz", 3), ("Maerz", 3), ("mars", 3),
    ("Apr", 4), ("april", 4), ("avr.", 4),
    ("May", 5), ("mei", 5), ("Mai", 5),
    ("Jun", 6), ("juni", 6), ("juin", 6),
    ("Jul", 7), ("juli", 7), ("juil.", 7),
    ("Aug", 8), ("aug.", 8), ("augustus", 8), ("août", 8),
    ("Sep", 9), ("Sept.", 9), ("september", 9),
    ("Oct", 10), ("okt", 10), ("Okt.", 10), ("oktober", 10),
    ("Nov", 11), ("nov.", 11),
    ("Dec", 12), ("dec.", 12), ("Dez", 12), ("Dez.", 12), ("december", 12), ("Dezember", 12),
  ]

  @Test(
    "knows English, Dutch, German and French month names, with and without a point",
    arguments: monthWords)
  func readsMonthName(_ example: (word: String, month: Int)) throws {
    let date = try DateReader(layout: .monthName).date("1 \(example.word) 2026")
    #expect(date == (try LocalDate(year: 2026, month: example.month, day: 1)))
  }

  static let pivots: [(yy: String, pivot: Int, year: Int)] = [
    ("00", 70, 2000), ("69", 70, 2069), ("70", 70, 1970), ("99", 70, 1999),
    ("29", 30, 2029), ("30", 30, 1930), ("00", 0, 1900), ("99", 100, 2099),
  ]

  @Test("two-digit years fall on either side of the pivot", arguments: pivots)
  func twoDigitYears(_ example: (yy: String, pivot: Int, year: Int)) throws {
    let reader = DateReader(layout: .dayMonthYear(separator: "."), twoDigitYearPivot: example.pivot)
    #expect(try reader.date("01.01.\(example.yy)").year == example.year)
  }

  static let refused: [(text: String, layout: DateLayout, code: ValueProblem.Code)] = [
    ("60", .excelSerial(.from1900), .noSuchDay),
    ("0", .excelSerial(.from1900), .notADate),
    ("99999999", .excelSerial(.from1900), .notADate),
    ("2902", .datevDayMonth(year: 2027), .noSuchDay),
    ("3213", .datevDayMonth(year: 2026), .noSuchDay),
    ("12345", .datevDayMonth(year: 2026), .notADate),
    ("31.02.2026", .dayMonthYear(separator: "."), .noSuchDay),
    ("07/15/2026", .dayMonthYear(separator: "/"), .noSuchDay),
    ("15/07/2026", .dayMonthYear(separator: "."), .notADate),
    ("15.07.202", .dayMonthYear(separator: "."), .notADate),
    ("2026-07-15", .dayMonthYear(separator: "-"), .notADate),
    ("15-07-2026", .iso, .notADate),
    ("15 Jux 2026", .monthName, .notADate),
    ("15 Jul", .monthName, .notADate),
    ("", .iso, .missing),
  ]

  @Test("refuses dates that do not exist or are written another way", arguments: refused)
  func refusesDate(_ example: (text: String, layout: DateLayout, code: ValueProblem.Code)) {
    let problem = #expect(throws: ValueProblem.self) {
      try DateReader(layout: example.layout).date(example.text)
    }
    #expect(problem?.code == example.code)
  }

  @Test("Excel's serial 60 is refused as the 29 February 1900 that never was")
  func excelLeapDay() {
    let problem = #expect(throws: ValueProblem.self) {
      try DateReader(layout: .excelSerial(.from1900)).date("60")
    }
    #expect(problem?.message.contains("29 February 1900") == true)
  }

  static let patterns: [(pattern: String, layout: DateLayout?)] = [
    ("yyyy-mm-dd", .iso), ("dd-mm-yyyy", .dayMonthYear(separator: "-")),
    ("DD.MM.YYYY", .dayMonthYear(separator: ".")), ("dd/mm/yy", .dayMonthYear(separator: "/")),
    ("mm/dd/yyyy", .monthDayYear(separator: "/")), ("d mmm yyyy", .monthName),
    ("excel", .excelSerial(.from1900)), ("excel-1904", .excelSerial(.from1904)),
    ("yyyy/dd/mm", nil), ("dd_mm_yyyy", nil),
  ]

  @Test("a mapping's dateFormat names a layout", arguments: patterns)
  func readsPattern(_ example: (pattern: String, layout: DateLayout?)) {
    #expect(DateLayout(pattern: example.pattern) == example.layout)
  }
}
