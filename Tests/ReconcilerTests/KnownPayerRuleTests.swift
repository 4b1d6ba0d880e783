import ArflowTesting
import Receivables
import Reconciler
import Testing

struct KnownPayerRuleTests {
  typealias F = MatchingFixtures
  let payers: KnownPayers = ["nl91 abna 0417 1643 00": "C1"]
  let iban = "NL91ABNA0417164300"

  @Test("a known IBAN paying exactly what one invoice has open pays it, at 85")
  func singleItem() throws {
    let items = [
      try F.invoice("A1", open: "100.00"), try F.invoice("A2", open: "250.00"),
      try F.invoice("B1", customer: "C2", open: "75.00"),
    ]
    let result = F.match(items, [try F.payment("P1", amount: "250.00", iban: iban)], payers: payers)
    #expect(result.lines == ["P1 → A2 250.00 known-payer 85"])
    #expect(result.allocations.first?.explanation.contains("NL91 ABNA 0417 1643 00") == true)
  }

  @Test("a known IBAN paying the sum of a few invoices pays exactly those, at 80")
  func severalItems() throws {
    let items = [
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
      try F.invoice("A2", open: "250.00", due: "2026-01-15"),
      try F.invoice("A3", open: "40.00", due: "2026-02-01"),
    ]
    let result = F.match(items, [try F.payment("P2", amount: "290.00", iban: iban)], payers: payers)
    #expect(result.lines == ["P2 → A2 250.00 known-payer 80", "P2 → A3 40.00 known-payer 80"])
    #expect(result.allocations.first?.explanation.contains("A2 and A3 together") == true)
  }

  @Test("two invoices with the payment's amount: the oldest is paid first, at 75")
  func equalAmounts() throws {
    let items = [
      try F.invoice("A2", open: "100.00", due: "2026-02-01"),
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
    ]
    let result = F.match(items, [try F.payment("P3", amount: "100.00", iban: iban)], payers: payers)
    #expect(result.allocations.map(\.itemNumber) == ["A1"])
    #expect(result.allocations.map(\.confidence) == [75])
    #expect(
      result.allocations.first?.explanation.contains("the oldest, invoice A1, is paid first")
        == true)
    #expect(result.unmatched.isEmpty)
  }

  @Test("two payments for two invoices of the same amount pay both, oldest first")
  func equalAmountsTwice() throws {
    let items = [
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
      try F.invoice("A2", open: "100.00", due: "2026-02-01"),
    ]
    let result = F.match(
      items,
      [
        try F.payment("P3", amount: "100.00", iban: iban),
        try F.payment("P4", amount: "100.00", iban: iban),
      ], payers: payers)
    #expect(result.allocations.map(\.itemNumber).sorted() == ["A1", "A2"])
  }

  @Test("two combinations adding up to the payment: the one of the oldest invoices, at 75")
  func twoCombinations() throws {
    let items = [
      try F.invoice("A1", open: "10.00", due: "2026-01-01"),
      try F.invoice("A2", open: "20.00", due: "2026-01-02"),
      try F.invoice("A3", open: "15.00", due: "2026-01-03"),
      try F.invoice("A4", open: "15.00", due: "2026-01-04"),
    ]
    let result = F.match(items, [try F.payment("P4", amount: "30.00", iban: iban)], payers: payers)
    #expect(result.allocations.map(\.itemNumber) == ["A1", "A2"])
    #expect(result.allocations.map(\.confidence) == [75, 75])
  }

  @Test("an unknown IBAN pays nothing by amount alone")
  func unknownPayer() throws {
    let items = [try F.invoice("A1", open: "100.00")]
    let result = F.match(
      items, [try F.payment("P5", amount: "100.00", iban: "DE89370400440532013000")],
      payers: payers)
    #expect(result.allocations.isEmpty)
  }

  @Test("a known payer short of one invoice by less than the tolerance is only suggested")
  func withinTolerance() throws {
    let items = [try F.invoice("A1", open: "100.00"), try F.invoice("A2", open: "300.00")]
    let settings = MatchingSettings(tolerances: [.eur: try F.euros("1.00")])
    let result = F.match(
      items, [try F.payment("P6", amount: "99.50", iban: iban)], payers: payers, settings: settings)
    #expect(result.allocations.isEmpty)
    #expect(result.writeOffs.isEmpty)
    #expect(result.suggested(for: "P6").first == ["A1"])
  }
}
