import Receivables
import Testing

struct LocalDateTests {
  @Test(
    "reads and writes ISO 8601 dates",
    arguments: ["2026-07-15", "2024-02-29", "1970-01-01", "0001-01-01", "9999-12-31"])
  func roundTrip(text: String) throws {
    #expect(try LocalDate(iso8601: text).iso8601 == text)
  }

  @Test(
    "refuses impossible or badly written dates",
    arguments: [
      "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-07-15", "2026-7-15",
      "2026-07-15T10:00:00",
      "15-07-2026", "", "2026/07/15",
    ])
  func refuses(text: String) {
    #expect(throws: DateError.self) { try LocalDate(iso8601: text) }
  }

  @Test(
    "counts days across months, leap years and centuries",
    arguments: [
      ("2026-01-01", 1, "2026-01-02"), ("2026-01-31", 1, "2026-02-01"),
      ("2024-02-28", 1, "2024-02-29"),
      ("2023-02-28", 1, "2023-03-01"), ("2000-02-28", 1, "2000-02-29"),
      ("1900-02-28", 1, "1900-03-01"),
      ("2026-12-31", 1, "2027-01-01"), ("2026-03-01", -1, "2026-02-28"),
      ("2026-07-15", 365, "2027-07-15"),
      ("1970-01-01", -1, "1969-12-31"),
    ])
  func addsDays(start: String, days: Int, expected: String) throws {
    #expect(try LocalDate(iso8601: start).adding(days: days).iso8601 == expected)
  }

  @Test(
    "adds months, clamping to the end of shorter months",
    arguments: [
      ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"),
      ("2026-03-31", 1, "2026-04-30"),
      ("2026-01-15", 12, "2027-01-15"), ("2026-01-31", -2, "2025-11-30"),
      ("2026-05-31", -3, "2026-02-28"),
      ("2026-12-10", 1, "2027-01-10"), ("2026-08-31", 6, "2027-02-28"),
    ])
  func addsMonths(start: String, months: Int, expected: String) throws {
    #expect(try LocalDate(iso8601: start).adding(months: months).iso8601 == expected)
  }

  @Test("counts the days between two dates")
  func daysBetween() throws {
    let due = try LocalDate(iso8601: "2026-10-20")
    #expect(due.days(until: try LocalDate(iso8601: "2026-11-20")) == 31)
    #expect(try LocalDate(iso8601: "2026-11-20").days(until: due) == -31)
    #expect(
      try LocalDate(iso8601: "2024-01-01").days(until: try LocalDate(iso8601: "2025-01-01")) == 366)
  }

  @Test("day counts round-trip over four centuries")
  func epochRoundTrip() {
    for day in stride(from: -150_000, through: 150_000, by: 7) {
      #expect(LocalDate(daysSinceEpoch: day).daysSinceEpoch == day)
    }
  }

  @Test("orders dates and knows weekdays")
  func ordering() throws {
    #expect(try LocalDate(iso8601: "2026-01-31") < LocalDate(iso8601: "2026-02-01"))
    #expect(try LocalDate(iso8601: "2026-11-23").isoWeekday == 1)  // a Monday
    #expect(try LocalDate(iso8601: "1970-01-01").isoWeekday == 4)  // a Thursday
  }

  @Test("writes dates for letters")
  func letterFormats() throws {
    let date = try LocalDate(iso8601: "2026-03-05")
    #expect(date.longFormat(for: .nl) == "5 maart 2026")
    #expect(date.longFormat(for: .de) == "5. März 2026")
    #expect(date.longFormat(for: .fr) == "5 mars 2026")
    #expect(date.longFormat(for: .en) == "5 March 2026")
    #expect(date.shortFormat(for: .nl) == "05-03-2026")
    #expect(date.shortFormat(for: .de) == "05.03.2026")
    #expect(date.shortFormat(for: .en) == "05 Mar 2026")
  }
}
