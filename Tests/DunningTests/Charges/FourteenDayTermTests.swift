import Dunning
import Receivables
import Testing

/// The Dutch 14-day letter's dates: presumed delivery on the second day after posting (Sundays,
/// Mondays and public holidays not counted), fourteen days from the day after, never ending on a
/// weekend or public holiday.
struct FourteenDayTermTests {
  private func day(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  @Test("posted on a Thursday: delivered Saturday; the term ending on a Saturday moves to Monday")
  func weekend() throws {
    let term = FourteenDayTerm(postedOn: try day("2026-12-03"))
    #expect(term.presumedDelivery == (try day("2026-12-05")))
    #expect(term.lastDayToPay == (try day("2026-12-21")))  // 19 December is a Saturday
    #expect(!term.costsClaimable(on: try day("2026-12-21")))
    #expect(term.costsClaimable(on: try day("2026-12-22")))
  }

  @Test("across Easter: Good Friday, Sunday and Easter Monday do not count as delivery days")
  func easter() throws {
    let term = FourteenDayTerm(postedOn: try day("2026-04-02"))  // Maundy Thursday
    #expect(term.presumedDelivery == (try day("2026-04-07")))
    #expect(term.lastDayToPay == (try day("2026-04-21")))
  }

  @Test("King's Day on Saturday 26 April 2025 (the 27th a Sunday) is no delivery day")
  func kingsDay() throws {
    #expect(DutchPublicHolidays.kingsDay(2025) == (try day("2025-04-26")))
    #expect(DutchPublicHolidays.kingsDay(2026) == (try day("2026-04-27")))
    let term = FourteenDayTerm(postedOn: try day("2025-04-24"))
    #expect(term.presumedDelivery == (try day("2025-04-29")))
    #expect(term.lastDayToPay == (try day("2025-05-13")))
  }

  @Test("a term ending on 5 May (Liberation Day) ends the day after")
  func liberationDay() throws {
    let term = FourteenDayTerm(postedOn: try day("2026-04-17"))
    #expect(term.presumedDelivery == (try day("2026-04-21")))
    #expect(term.lastDayToPay == (try day("2026-05-06")))
  }

  @Test("the Dutch public holidays of 2026, Easter-based ones included")
  func holidays() throws {
    #expect(DutchPublicHolidays.easterSunday(2024) == (try day("2024-03-31")))
    #expect(DutchPublicHolidays.easterSunday(2025) == (try day("2025-04-20")))
    #expect(DutchPublicHolidays.easterSunday(2026) == (try day("2026-04-05")))
    let expected = [
      "2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14",
      "2026-05-25", "2026-12-25", "2026-12-26",
    ]
    var found: [String] = []
    var date = try day("2026-01-01")
    while date.year == 2026 {
      if DutchPublicHolidays.contains(date) { found.append(date.iso8601) }
      date = date.adding(days: 1)
    }
    #expect(found == expected)
  }
}

extension FourteenDayTermTests {
  @Test("Easter Monday on 26 April (2038) is a holiday although it is not King's Day")
  func easterMondayOnTheTwentySixth() throws {
    #expect(DutchPublicHolidays.easterSunday(2038) == (try day("2038-04-25")))
    #expect(DutchPublicHolidays.contains(try day("2038-04-26")))
    #expect(DutchPublicHolidays.contains(try day("2038-04-27")))
  }
}
