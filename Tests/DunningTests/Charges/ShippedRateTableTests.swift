import Dunning
import Foundation
import Receivables
import Testing

/// The rate tables arflow ships (`mappings/rates/`), held to the laws that derive them from each
/// other and to worked examples published for each rule.
struct ShippedRateTableTests {
  private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("mappings/rates")

  private func tables() throws -> RateTables { try RateTable.loadAll(from: Self.folder) }

  private func day(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  private func euros(_ text: String) throws -> Money { try Money(decimal: text, currency: .eur) }

  private func interest(
    _ amount: Money, due: String, through: String, rule: String, dayCount: DayCount = .actual365
  ) throws -> InterestStatement {
    try InterestCalculator(tables: try tables()).interest(
      on: amount, due: try day(due), through: try day(through),
      rule: try InterestRule.named(rule), dayCount: dayCount)
  }

  @Test("every shipped table reads, names its source on every row and is verified into 2026")
  func tablesRead() throws {
    let tables = try tables()
    #expect(
      Set(tables.tables.keys) == [
        "nl-commercial", "nl-statutory", "de-basiszinssatz", "ecb-mro", "uk-boe-reference",
        "fr-taux-legal-particuliers", "fr-taux-legal-professionnels", "be-late-payment",
      ])
    for table in tables.tables.values {
      #expect(table.periods.allSatisfy { !$0.source.isEmpty }, "\(table.name)")
      #expect(table.verifiedThrough >= (try day("2026-01-01")), "\(table.name)")
      #expect(table.verifiedThrough >= table.periods.last?.from ?? table.verifiedThrough)
      #expect(table.periods[0].from <= (try day("2013-01-01")) || table.name.hasPrefix("fr-"))
    }
    for rule in InterestRule.all.values {
      #expect(tables.tables[rule.table] != nil, "\(rule.name) reads \(rule.table)")
    }
  }

  @Test("Dutch commercial interest is the ECB rate before each half-year plus 8 (art. 6:120 lid 2)")
  func dutchCommercialFollowsECB() throws {
    let tables = try tables()
    let ecb = try tables.table("ecb-mro")
    for row in try tables.table("nl-commercial").periods where row.from >= (try day("2013-07-01")) {
      let reference = try ecb.rate(on: row.from.adding(days: -1))
      #expect(row.rate == reference + .points(8), "\(row.from)")
    }
  }

  @Test("the German base rate moves with the ECB rate (§ 247 BGB): always 0.88 below it")
  func germanBaseFollowsECB() throws {
    let tables = try tables()
    let ecb = try tables.table("ecb-mro")
    for row in try tables.table("de-basiszinssatz").periods {
      let reference = try ecb.rate(on: row.from.adding(days: -1))
      #expect(row.rate.millionths == reference.millionths - 8_800, "\(row.from)")
    }
  }

  @Test("the Belgian rate is the ECB rate plus 8, rounded up to the half point (wet 2 aug 2002)")
  func belgianFollowsECB() throws {
    let tables = try tables()
    let ecb = try tables.table("ecb-mro")
    for row in try tables.table("be-late-payment").periods where row.from >= (try day("2013-07-01"))
    {
      let reference = try ecb.rate(on: row.from.adding(days: -1))
      #expect(row.rate == (reference + .points(8)).roundedUpToHalfPoint, "\(row.from)")
    }
  }

  // Worked examples. Where a source published only the arithmetic, the test places it in a
  // period whose shipped rate is the one the example used.

  @Test("NL: €1,000 eleven days late at 8 % is €2.41 (go-figure.nl)")
  func dutchSimpleExample() throws {
    let statement = try interest(
      try euros("1000.00"), due: "2019-03-01", through: "2019-03-12", rule: "nl-b2b")
    #expect(statement.periods.map(\.rate.description) == ["8.00"])
    #expect(statement.total == (try euros("2.41")))
  }

  @Test("NL: €5,000 due 1 January 2026, paid 1 April: 90 days at 10.15 % is €125.14")
  func dutch2026Example() throws {
    let statement = try interest(
      try euros("5000.00"), due: "2026-01-01", through: "2026-04-01", rule: "nl-b2b")
    #expect(statement.days == 90)
    #expect(statement.total == (try euros("125.14")))
  }

  @Test("NL: €10,000 over two years at 8 % compounds to €1,664.00, not €1,600.00")
  func dutchCompounding() throws {
    let statement = try interest(
      try euros("10000.00"), due: "2016-12-31", through: "2018-12-31", rule: "nl-b2b")
    #expect(statement.total == (try euros("1664.00")))
    let consumer = try interest(
      try euros("10000.00"), due: "2016-12-31", through: "2018-12-31", rule: "nl-b2c")
    #expect(consumer.total == (try euros("404.00")))  // 2 %: 200.00, then 2 % of 10,200.00
  }

  @Test("NL: a rate change inside the first year and a leap day in the second")
  func dutchRateChangeAndLeapYear() throws {
    let firstYear = try interest(
      try euros("10000.00"), due: "2022-06-30", through: "2023-06-30", rule: "nl-b2b")
    // 184 days at 8.00 % = 403.29; 181 days at 10.50 % = 520.68.
    #expect(firstYear.periods.map(\.amount.decimalString) == ["403.29", "520.68"])
    #expect(firstYear.total == (try euros("923.97")))
    let twoYears = try interest(
      try euros("10000.00"), due: "2022-06-30", through: "2024-06-30", rule: "nl-b2b")
    // On 1 July 2023 the base becomes 10,923.97: 184 days at 12.00 % = 660.83, then the 182
    // days of 2024 (29 February counted, over 365) at 12.50 % = 680.88.
    #expect(twoYears.periods.last?.base == (try euros("10923.97")))
    #expect(twoYears.total == (try euros("2265.68")))
  }

  @Test("DE: €1,000 25 days at 5.12 % is €3.51, the due day not counted (anleiter.de)")
  func germanExample() throws {
    // The example's rate: a consumer debt (base rate + 5) when the base rate was 0.12 %.
    let table = try RateTable(
      name: "de-basiszinssatz", title: "example", verifiedThrough: try day("2030-12-31"),
      periods: [.init(from: try day("2020-01-01"), rate: .init(millionths: 1_200), source: "x")])
    let statement = try InterestCalculator(tables: RateTables([table])).interest(
      on: try euros("1000.00"), due: try day("2021-07-01"), through: try day("2021-07-26"),
      rule: try InterestRule.named("de-b2c"))
    #expect(statement.days == 25)
    #expect(statement.total == (try euros("3.51")))
    let short = try InterestCalculator(tables: RateTables([table])).interest(
      on: try euros("1000.00"), due: try day("2021-07-01"), through: try day("2021-07-05"),
      rule: try InterestRule.named("de-b2c"))
    #expect(short.days == 4)  // wirtschaftswissen.de: 02.07.–05.07.2021 = 4 days
  }

  @Test("DE, 30/360: €10,000 at 6 % from 1 January to 30 July 2016 is 210 days, €350.00")
  func germanBankYearExample() throws {
    let table = try RateTable(
      name: "de-basiszinssatz", title: "example", verifiedThrough: try day("2030-12-31"),
      periods: [.init(from: try day("2015-01-01"), rate: .init(millionths: 10_000), source: "x")])
    let statement = try InterestCalculator(tables: RateTables([table])).interest(
      on: try euros("10000.00"), due: try day("2015-12-31"), through: try day("2016-07-30"),
      rule: try InterestRule.named("de-b2c"), dayCount: .thirty360)
    #expect(statement.days == 210)
    #expect(statement.total == (try euros("350.00")))
  }

  @Test("FR: €40,000 ten days late at ECB 3.15 + 10 points is €144.11 (bpifrance method)")
  func frenchExample() throws {
    let statement = try interest(
      try euros("40000.00"), due: "2025-02-01", through: "2025-02-11", rule: "fr-b2b")
    #expect(statement.periods.map(\.rate.description) == ["13.15"])
    #expect(statement.total == (try euros("144.11")))
  }

  @Test("UK: £1,000 sixty days late at base 0.25 % + 8 is £13.56, fixed for the debt's life")
  func britishExample() throws {
    let pounds = try Money(decimal: "1000.00", currency: .gbp)
    let statement = try interest(pounds, due: "2017-03-01", through: "2017-04-30", rule: "uk-b2b")
    #expect(statement.periods.map(\.rate.description) == ["8.25"])
    #expect(statement.total == (try Money(decimal: "13.56", currency: .gbp)))
    // Bank Rate rose to 0.50 % in November 2017: a debt due in March 2017 keeps 8.25 %.
    let later = try interest(pounds, due: "2017-03-01", through: "2018-03-01", rule: "uk-b2b")
    #expect(later.periods.map(\.rate.description) == ["8.25"])
  }

  @Test("EU: the ECB rate of 1 January or 1 July holds for the half-year, plus 8 points")
  func europeanHalfYears() throws {
    let statement = try interest(
      try euros("1000.00"), due: "2023-06-30", through: "2024-01-10", rule: "eu-b2b")
    // 1 July 2023: MRO 4.00 (in force since 21 June) → 12 %; 1 January 2024: 4.50 → 12.5 %.
    #expect(statement.periods.map(\.rate.description) == ["12.00", "12.50"])
  }
}

extension ShippedRateTableTests {
  @Test("BE: the published half-yearly rate, 11.50 % in the first half of 2025")
  func belgianRate() throws {
    let statement = try interest(
      try euros("10000.00"), due: "2025-01-31", through: "2025-06-30", rule: "be-b2b")
    #expect(statement.periods.map(\.rate.description) == ["11.50"])
    #expect(statement.total == (try euros("472.60")))  // 10,000 × 11.5 % × 150 / 365
  }
}
