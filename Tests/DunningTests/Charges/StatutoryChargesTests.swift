import Dunning
import Receivables
import Testing

/// Which rules a schedule's law sets for business and consumer debtors, and how a level's
/// `interest:` and `costs:` settings read.
struct StatutoryChargesTests {
  @Test(
    "each law's interest and costs for a business debtor",
    arguments: [
      (Law.nl, "nl-b2b", "nl-wik"), (.de, "de-b2b", "de-b2b"), (.eu, "eu-b2b", "eu-b2b"),
      (.be, "be-b2b", "eu-b2b"), (.fr, "fr-b2b", "fr-b2b"), (.uk, "uk-b2b", "uk-b2b"),
    ])
  func business(law: Law, interest: String, costs: String) {
    let charges = StatutoryCharges.of(law, .business)
    #expect(charges.interest?.name == interest)
    #expect(charges.costs?.rawValue == costs)
    #expect(charges.costsCondition == .onDefault)
    #expect(StatutoryCharges.of(law, nil) == charges, "no segment reads as a business")
  }

  @Test("consumers: Dutch costs only after a 14-day letter, German interest without a lump sum")
  func consumers() {
    let dutch = StatutoryCharges.of(.nl, .consumer)
    #expect(dutch.interest?.name == "nl-b2c")
    #expect(dutch.costs == .nlWIK)
    #expect(dutch.costsCondition == .afterFourteenDayLetter)
    let german = StatutoryCharges.of(.de, .consumer)
    #expect(german.interest?.name == "de-b2c")
    #expect(german.costs == nil)
    let belgian = StatutoryCharges.of(.be, .consumer)
    #expect(belgian.interest == nil)
    #expect(belgian.costs == .beConsumer)
    #expect(belgian.costsCondition == .afterFreeFirstReminder)
    for law in [Law.eu, .fr, .uk, .none] {
      #expect(StatutoryCharges.of(law, .consumer).interest == nil)
      #expect(StatutoryCharges.of(law, .consumer).costs == nil)
    }
  }

  @Test("a level's setting: statutory follows the law, a name overrides it, none claims nothing")
  func levelSettings() throws {
    #expect(
      try StatutoryCharges.interest(.statutory, law: .nl, segment: .business)?.name == "nl-b2b")
    #expect(try StatutoryCharges.interest(.none, law: .nl, segment: .business) == nil)
    #expect(try StatutoryCharges.interest(nil, law: .nl, segment: .business) == nil)
    // "or the EU €40 per invoice, as the policy says"
    let named = try #require(ChargeRule(rawValue: "eu-b2b"))
    #expect(try StatutoryCharges.costs(named, law: .nl, segment: .business) == .euFlat)
    #expect(try StatutoryCharges.costs(.statutory, law: .none, segment: .business) == nil)
    let unknown = try #require(ChargeRule(rawValue: "nl-bik"))
    #expect(throws: ChargeError.self) {
      try StatutoryCharges.costs(unknown, law: .nl, segment: .business)
    }
  }
}
