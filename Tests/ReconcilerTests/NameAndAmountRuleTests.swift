import ArflowTesting
import Receivables
import Reconciler
import Testing

struct NameAndAmountRuleTests {
  typealias F = MatchingFixtures
  let customers = [
    Customer(id: "C1", name: "Bakkerij Müller B.V."), Customer(id: "C2", name: "Garage Jansen"),
  ]

  @Test(
    "a payer name read without case, accents, legal form and word order pays the one equal item, at 70",
    arguments: [
      "BAKKERIJ MULLER BV", "Müller, Bakkerij", "bakkerij müller b.v.", "Bakkerij Muller",
    ])
  func nameVariants(name: String) throws {
    let items = [try F.invoice("A1", open: "80.00"), try F.invoice("A2", open: "95.00")]
    let result = F.match(
      items, [try F.payment("P1", amount: "95.00", name: name)], customers: customers)
    #expect(result.lines == ["P1 → A2 95.00 name-and-amount 70"])
  }

  @Test("two customers with the same name: nothing applied, suggested with the reason")
  func sameName() throws {
    let twins = customers + [Customer(id: "C3", name: "Bakkerij Müller GmbH")]
    let items = [
      try F.invoice("A1", open: "95.00"), try F.invoice("B1", customer: "C3", open: "95.00"),
    ]
    let result = F.match(
      items, [try F.payment("P2", amount: "95.00", name: "Bakkerij Muller")], customers: twins)
    #expect(result.allocations.isEmpty)
    #expect(Set(result.suggested(for: "P2")) == [["A1"], ["B1"]])
    let reason = try #require(result.unmatched.first?.suggestions.first?.reason)
    #expect(reason.contains("matches 2 customers"))
  }

  @Test("a name that only resembles the customer's is a suggestion, never applied")
  func looseName() throws {
    let items = [try F.invoice("A1", open: "95.00")]
    let result = F.match(
      items, [try F.payment("P3", amount: "95.00", name: "Bakkerij Müller Amsterdam Zuid")],
      customers: customers)
    #expect(result.allocations.isEmpty)
    #expect(result.suggested(for: "P3") == [["A1"]])
  }

  @Test("two items of the named customer with the payment's amount: nothing applied")
  func twoEqualItems() throws {
    let items = [try F.invoice("A1", open: "95.00"), try F.invoice("A2", open: "95.00")]
    let result = F.match(
      items, [try F.payment("P4", amount: "95.00", name: "Bakkerij Müller")], customers: customers)
    #expect(result.allocations.isEmpty)
    #expect(result.suggested(for: "P4") == [["A1"], ["A2"]])
  }

  @Test("an amount within the tolerance only is a suggestion for a name, never applied")
  func toleranceOnly() throws {
    let items = [try F.invoice("A1", open: "95.00")]
    let settings = MatchingSettings(tolerances: [.eur: try F.euros("1.00")])
    let result = F.match(
      items, [try F.payment("P5", amount: "94.50", name: "Bakkerij Müller")], customers: customers,
      settings: settings)
    #expect(result.allocations.isEmpty)
    #expect(result.suggested(for: "P5") == [["A1"]])
  }
}
