import Dunning
import Receivables
import Testing

/// How interest is worked out, on small made-up rate tables whose figures are easy to follow:
/// period splits, rounding per period, leap years, compounding on the anniversary, currencies.
struct InterestMechanicsTests {
  private func day(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  private func table(_ name: String, _ rows: [(String, String)], through: String = "2030-12-31")
    throws -> RateTable
  {
    try RateTable(
      name: name, title: name, verifiedThrough: try day(through),
      periods: rows.map { row in
        RateTable.Period(
          from: try day(row.0), rate: try #require(AnnualRate(percent: row.1)), source: "test")
      })
  }

  private func calculator(_ tables: RateTable...) -> InterestCalculator {
    InterestCalculator(tables: RateTables(tables))
  }

  @Test("10,000.00 at 8 % for 30 days is 65.75: days are the difference of the two dates")
  func simpleDays() throws {
    let tables = calculator(try table("de-basiszinssatz", [("2020-01-01", "-1.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "10000.00", currency: .eur), due: try day("2024-03-01"),
      through: try day("2024-03-31"), rule: try InterestRule.named("de-b2b"))
    #expect(statement.days == 30)
    #expect(statement.periods.count == 1)
    #expect(statement.periods[0].rate.description == "8.00")
    // 10,000 × 8 % × 30 / 365 = 65.7534… → 65.75
    #expect(statement.total == (try Money(decimal: "65.75", currency: .eur)))
    #expect(statement.start == (try day("2024-03-02")))
  }

  @Test("a rate change inside the time splits it; each period is rounded, then added")
  func rateChange() throws {
    let tables = calculator(
      try table("nl-statutory", [("2024-01-01", "7.00"), ("2024-07-01", "6.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .eur), due: try day("2024-06-20"),
      through: try day("2024-07-10"), rule: try InterestRule.named("nl-b2c"))
    #expect(statement.periods.map(\.days) == [10, 10])
    // 1,000 × 7 % × 10 / 365 = 1.9178 → 1.92; 1,000 × 6 % × 10 / 365 = 1.6438 → 1.64
    #expect(statement.periods.map(\.amount.decimalString) == ["1.92", "1.64"])
    #expect(statement.total.decimalString == "3.56")
  }

  @Test("a leap year's 366 days are all counted, over 365 (act/365), or over 366 (act/act)")
  func leapYear() throws {
    let tables = calculator(try table("de-basiszinssatz", [("2020-01-01", "1.00")]))
    let principal = try Money(decimal: "3650.00", currency: .eur)
    let rule = try InterestRule.named("de-b2c")  // 1 % + 5 points = 6 %
    let act365 = try tables.interest(
      on: principal, due: try day("2023-12-31"), through: try day("2024-12-31"), rule: rule)
    #expect(act365.days == 366)
    #expect(act365.total.decimalString == "219.60")  // 3,650 × 6 % × 366 / 365
    let actAct = try tables.interest(
      on: principal, due: try day("2023-12-31"), through: try day("2024-12-31"), rule: rule,
      dayCount: .actualActual)
    #expect(actAct.total.decimalString == "219.00")  // 3,650 × 6 % × 366 / 366
  }

  @Test("Dutch interest compounds: on the anniversary the year's interest joins the base")
  func anniversary() throws {
    let tables = calculator(try table("nl-commercial", [("2020-01-01", "10.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .eur), due: try day("2024-03-14"),
      through: try day("2025-04-14"), rule: try InterestRule.named("nl-b2b"))
    // Default starts 2024-03-15; the first year runs to 2025-03-14 (365 days), the second
    // period from the anniversary 2025-03-15 on a base of 1,100.00.
    #expect(statement.periods.count == 2)
    #expect(statement.periods[0].from == (try day("2024-03-15")))
    #expect(statement.periods[0].to == (try day("2025-03-14")))
    #expect(statement.periods[0].amount.decimalString == "100.00")
    #expect(statement.periods[1].base.decimalString == "1100.00")
    #expect(statement.periods[1].days == 31)
    #expect(statement.periods[1].amount.decimalString == "9.34")  // 1,100 × 10 % × 31 / 365
    #expect(statement.total.decimalString == "109.34")
  }

  @Test("German interest is simple: no interest on interest after a year (§ 289 BGB)")
  func germanSimple() throws {
    let tables = calculator(try table("de-basiszinssatz", [("2020-01-01", "1.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .eur), due: try day("2022-03-14"),
      through: try day("2024-03-14"), rule: try InterestRule.named("de-b2b"))
    #expect(statement.periods.count == 1)
    #expect(statement.periods[0].base.decimalString == "1000.00")
  }

  @Test("half-year rules take the rate in force on 1 January or 1 July for the whole half-year")
  func halfYearReference() throws {
    let tables = calculator(
      try table("ecb-mro", [("2023-06-21", "4.00"), ("2023-09-20", "4.50")]))
    let statement = try tables.interest(
      on: try Money(decimal: "10000.00", currency: .eur), due: try day("2023-08-31"),
      through: try day("2024-01-31"), rule: try InterestRule.named("eu-b2b"))
    // 1 July 2023: 4.00 + 8 = 12 % until the end of the year, although the ECB moved in
    // September; from 1 January 2024: 4.50 + 8 = 12.5 %.
    #expect(statement.periods.map(\.rate.description) == ["12.00", "12.50"])
    #expect(statement.periods.map(\.days) == [122, 31])
  }

  @Test("the UK rate is fixed for the debt's life from the reference day before it fell due")
  func ukFixed() throws {
    let tables = calculator(
      try table("uk-boe-reference", [("2023-08-03", "5.25"), ("2024-08-01", "5.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .gbp), due: try day("2024-02-10"),
      through: try day("2024-12-31"), rule: try InterestRule.named("uk-b2b"))
    #expect(statement.periods.count == 1)
    #expect(statement.periods[0].rate.description == "13.25")
  }

  @Test("yen are rounded to whole yen and dinars to the fils")
  func currencyDecimals() throws {
    let tables = calculator(try table("de-basiszinssatz", [("2020-01-01", "1.00")]))
    let rule = try InterestRule.named("de-b2b")  // 10 %
    let yen = try tables.interest(
      on: try Money(decimal: "12345", currency: .jpy), due: try day("2024-01-01"),
      through: try day("2024-01-11"), rule: rule)
    #expect(yen.total.decimalString == "34")  // 12,345 × 10 % × 10 / 365 = 33.82
    let dinar = try Currency(code: "KWD")
    let kwd = try tables.interest(
      on: try Money(decimal: "12.345", currency: dinar), due: try day("2024-01-01"),
      through: try day("2024-01-11"), rule: rule)
    #expect(kwd.total.decimalString == "0.034")  // 0.03382 → 0.034
  }

  @Test("a day before a table's first row is an error naming the table; past it, a warning")
  func tableLimits() throws {
    let tables = calculator(
      try table("nl-commercial", [("2020-01-01", "8.00")], through: "2024-06-30"))
    let rule = try InterestRule.named("nl-b2b")
    let principal = try Money(decimal: "100.00", currency: .eur)
    let early = try #require(throws: ChargeError.self) {
      try tables.interest(
        on: principal, due: try day("2019-11-30"), through: try day("2020-02-01"), rule: rule)
    }
    #expect(early.code == .beforeTable)
    #expect(early.message.contains("nl-commercial"))
    let late = try tables.interest(
      on: principal, due: try day("2024-06-01"), through: try day("2024-08-01"), rule: rule)
    #expect(late.warnings.count == 1)
    #expect(late.periods.map(\.from) == [try day("2024-06-02"), try day("2024-07-01")])
    #expect(late.warnings[0].contains("mappings/rates/nl-commercial.yaml"))
    let missing = try #require(throws: ChargeError.self) {
      try tables.interest(
        on: principal, due: try day("2024-06-01"), through: try day("2024-08-01"),
        rule: try InterestRule.named("fr-b2b"))
    }
    #expect(missing.code == .rateTable)
  }

  @Test("no time, no interest; an end before the due date is refused")
  func boundaries() throws {
    let tables = calculator(try table("nl-commercial", [("2020-01-01", "8.00")]))
    let rule = try InterestRule.named("nl-b2b")
    let principal = try Money(decimal: "100.00", currency: .eur)
    let none = try tables.interest(
      on: principal, due: try day("2024-06-01"), through: try day("2024-06-01"), rule: rule)
    #expect(none.total.isZero && none.days == 0 && none.periods.isEmpty)
    #expect(throws: ChargeError.self) {
      try tables.interest(
        on: principal, due: try day("2024-06-01"), through: try day("2024-05-31"), rule: rule)
    }
  }

  @Test("rates are read as exact decimals and written back the same way")
  func rates() throws {
    #expect(AnnualRate(percent: "7.75")?.millionths == 77_500)
    #expect(AnnualRate(percent: "-0.88")?.millionths == -8_800)
    #expect(AnnualRate(percent: "3.3725")?.millionths == 33_725)
    #expect(AnnualRate(percent: "12")?.description == "12.00")
    for bad in ["", "7,75", "abc", "1.23456", "1e3", "--1"] {
      #expect(AnnualRate(percent: bad) == nil, "\(bad)")
    }
    #expect(AnnualRate(percent: "12.01")?.roundedUpToHalfPoint.description == "12.50")
    #expect(AnnualRate(percent: "12.50")?.roundedUpToHalfPoint.description == "12.50")
  }
}

extension InterestMechanicsTests {
  @Test("a default begun on 29 February starts its second year on 1 March")
  func leapDayAnniversary() throws {
    let tables = calculator(try table("nl-commercial", [("2020-01-01", "10.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .eur), due: try day("2024-02-28"),
      through: try day("2025-03-31"), rule: try InterestRule.named("nl-b2b"))
    #expect(statement.periods.map(\.from) == [try day("2024-02-29"), try day("2025-03-01")])
    #expect(statement.periods[0].days == 366)
    #expect(statement.periods[0].amount.decimalString == "100.27")  // 1,000 × 10 % × 366 / 365
    #expect(statement.periods[1].base.decimalString == "1100.27")
    #expect(statement.total.decimalString == "109.61")  // + 1,100.27 × 10 % × 31 / 365 = 9.34
  }

  @Test("act/act splits at 1 January: the 2023 days over 365, the 2024 days over 366")
  func actualActualAcrossNewYear() throws {
    let tables = calculator(try table("de-basiszinssatz", [("2020-01-01", "1.00")]))
    let statement = try tables.interest(
      on: try Money(decimal: "3650.00", currency: .eur), due: try day("2023-12-21"),
      through: try day("2024-01-10"), rule: try InterestRule.named("de-b2c"),
      dayCount: .actualActual)
    #expect(statement.periods.map(\.amount.decimalString) == ["6.00", "5.98"])
  }

  @Test("30/360 periods split at a new year add up to the same days as one period")
  func thirty360Split() throws {
    let tables = calculator(
      try table("de-basiszinssatz", [("2023-07-01", "3.12"), ("2024-01-01", "3.62")]))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .eur), due: try day("2023-12-15"),
      through: try day("2024-01-15"), rule: try InterestRule.named("de-b2c"),
      dayCount: .thirty360)
    #expect(statement.periods.map(\.days) == [15, 15])
    #expect(
      DayCount.thirty360.days(from: try day("2024-01-16"), through: try day("2024-01-31")) == 15)
  }

  @Test("half-year rules warn only for half-years whose first day lies past the verified day")
  func halfYearVerification() throws {
    let tables = calculator(
      try table("ecb-mro", [("2025-06-11", "2.15")], through: "2026-02-04"))
    let rule = try InterestRule.named("eu-b2b")
    let principal = try Money(decimal: "1000.00", currency: .eur)
    let spring = try tables.interest(
      on: principal, due: try day("2026-01-10"), through: try day("2026-03-31"), rule: rule)
    #expect(spring.warnings.isEmpty)
    #expect(spring.periods.count == 1)
    let summer = try tables.interest(
      on: principal, due: try day("2026-01-10"), through: try day("2026-08-01"), rule: rule)
    #expect(summer.periods.map(\.from) == [try day("2026-01-11"), try day("2026-07-01")])
    #expect(summer.warnings.count == 1)
    #expect(summer.warnings[0].contains("from 2026-07-01"))
  }

  @Test("the UK rate fixed in 2024 raises no warning when the debt runs past the table")
  func ukVerification() throws {
    let tables = calculator(
      try table("uk-boe-reference", [("2023-08-03", "5.25")], through: "2026-06-18"))
    let statement = try tables.interest(
      on: try Money(decimal: "1000.00", currency: .gbp), due: try day("2024-03-01"),
      through: try day("2026-12-01"), rule: try InterestRule.named("uk-b2b"))
    #expect(statement.warnings.isEmpty)
    #expect(statement.periods.count == 1)
  }

  @Test("the UK rate is that of the due date's half-year, also for a debt due on 31 December")
  func ukHalfYearOfTheDueDate() throws {
    let tables = calculator(
      try table("uk-boe-reference", [("2022-06-16", "1.25"), ("2022-12-15", "3.50")]))
    let rule = try InterestRule.named("uk-b2b")
    let pounds = try Money(decimal: "1000.00", currency: .gbp)
    let december = try tables.interest(
      on: pounds, due: try day("2022-12-31"), through: try day("2023-01-31"), rule: rule)
    #expect(december.periods.map(\.rate.description) == ["9.25"])  // 30 June 2022: 1.25 + 8
    let january = try tables.interest(
      on: pounds, due: try day("2023-01-01"), through: try day("2023-01-31"), rule: rule)
    #expect(january.periods.map(\.rate.description) == ["11.50"])  // 31 December 2022: 3.50 + 8
  }
}
