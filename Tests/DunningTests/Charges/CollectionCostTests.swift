import Dunning
import Receivables
import Testing

/// The statutory collection-cost scales at each breakpoint, as the laws write them.
struct CollectionCostTests {
  private func euros(_ text: String) throws -> Money { try Money(decimal: text, currency: .eur) }

  @Test(
    "the Dutch WIK scale at each breakpoint, the minimum and the cap",
    arguments: [
      ("100.00", "40.00"), ("266.66", "40.00"), ("266.67", "40.00"), ("1000.00", "150.00"),
      ("2500.00", "375.00"), ("3000.00", "425.00"), ("5000.00", "625.00"),
      ("10000.00", "875.00"), ("200000.00", "2775.00"), ("200001.00", "2775.01"),
      ("1000000.00", "6775.00"), ("2500000.00", "6775.00"),
    ])
  func wikScale(principal: String, costs: String) throws {
    let statement = try CollectionCostRule.nlWIK.costs(on: try euros(principal))
    #expect(statement.costs == (try euros(costs)))
  }

  @Test("the WIK explanation shows each band and the rounding to the cent")
  func wikExplanation() throws {
    let statement = try CollectionCostRule.nlWIK.costs(on: try euros("3000.00"))
    #expect(statement.explanation == "15 % of €2,500.00 + 10 % of €500.00 = €425.00")
    let small = try CollectionCostRule.nlWIK.costs(on: try euros("100.00"))
    #expect(small.explanation == "15 % of €100.00 = €15.00, raised to the minimum of €40.00")
    let large = try CollectionCostRule.nlWIK.costs(on: try euros("1500000.00"))
    #expect(large.explanation.hasSuffix("= €9,275.00, capped at €6,775.00"))
  }

  @Test(
    "the UK fixed sums: £40 below £1,000, £70 below £10,000, £100 from £10,000",
    arguments: [
      ("999.99", "40.00"), ("1000.00", "70.00"), ("9999.99", "70.00"), ("10000.00", "100.00"),
    ])
  func ukFixedSums(principal: String, sum: String) throws {
    let statement = try CollectionCostRule.ukFixed.costs(
      on: try Money(decimal: principal, currency: .gbp))
    #expect(statement.costs == (try Money(decimal: sum, currency: .gbp)))
  }

  @Test(
    "the Belgian consumer cap: €20 up to €150, then €30 + 10 %, then €65 + 5 %, at most €2,000",
    arguments: [
      ("100.00", "20.00"), ("150.00", "20.00"), ("150.01", "30.00"), ("400.00", "55.00"),
      ("500.00", "65.00"), ("1000.00", "90.00"), ("39200.00", "2000.00"),
      ("50000.00", "2000.00"),
    ])
  func belgianConsumerCap(principal: String, costs: String) throws {
    let statement = try CollectionCostRule.beConsumer.costs(on: try euros(principal))
    #expect(statement.costs == (try euros(costs)))
  }

  @Test("€40 per invoice for EU, German and French business debtors")
  func flatSums() throws {
    for rule in [CollectionCostRule.euFlat, .deFlat, .frFlat] {
      #expect(try rule.costs(on: try euros("12.34")).costs == (try euros("40.00")))
    }
  }

  @Test("a sum written in euro or pounds is never claimed in another currency")
  func otherCurrencies() throws {
    let dollars = try Money(decimal: "5000.00", currency: .usd)
    for rule in CollectionCostRule.allCases {
      let error = try #require(throws: ChargeError.self) { try rule.costs(on: dollars) }
      #expect(error.code == .currency)
      #expect(error.fix.contains("USD"))
    }
    let yen = try Money(decimal: "5000", currency: .jpy)
    #expect(throws: ChargeError.self) { try CollectionCostRule.nlWIK.costs(on: yen) }
  }

  @Test("an unknown rule name lists the rules there are")
  func unknownRule() throws {
    let error = try #require(throws: ChargeError.self) { try CollectionCostRule.named("nl-bik") }
    #expect(error.fix.contains("nl-wik"))
  }
}

extension CollectionCostTests {
  @Test("nothing owed, nothing computed; an absurd amount is refused, not overflowed")
  func impossibleAmounts() throws {
    for rule in CollectionCostRule.allCases {
      let zero = Money.zero(rule.currency)
      #expect(throws: ChargeError.self) { try rule.costs(on: zero) }
      let huge = Money(minorUnits: .max, currency: rule.currency)
      let error = try #require(throws: ChargeError.self) { try rule.costs(on: huge) }
      #expect(error.code == .amount)
    }
  }
}
