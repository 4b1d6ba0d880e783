import ArflowTesting
import Receivables
import Reconciler
import Testing

struct RuleOrderTests {
  typealias F = MatchingFixtures
  let payers: KnownPayers = ["NL91ABNA0417164300": "C1"]

  @Test("a reference beats an amount coincidence: the referenced invoice is paid in part")
  func referenceBeatsAmount() throws {
    let items = [
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
      try F.invoice("A2", open: "250.00", due: "2026-02-01", rf: true),
    ]
    let payment = try F.payment(
      "P1", amount: "100.00", iban: "NL91ABNA0417164300", structured: F.rf("A2"))
    let result = F.match(items, [payment], payers: payers)
    #expect(result.lines == ["P1 → A2 100.00 structured-reference 100"])
  }

  @Test("a document number beats name and amount")
  func numberBeatsName() throws {
    let customers = [Customer(id: "C1", name: "Garage Jansen")]
    let items = [
      try F.invoice("2026-0010", open: "200.00", due: "2026-01-01"),
      try F.invoice("2026-0011", open: "200.00", due: "2026-02-01"),
    ]
    let payment = try F.payment(
      "P2", amount: "200.00", name: "Garage Jansen", text: "factuur 2026-0011")
    let result = F.match(items, [payment], customers: customers)
    #expect(result.lines == ["P2 → 2026-0011 200.00 document-number 90"])
  }

  @Test(
    "a number naming an invoice of another amount, while the payer has one of exactly that amount, applies nothing"
  )
  func numberContradictsAmount() throws {
    let customers = [Customer(id: "C1", name: "Garage Jansen")]
    let items = [
      try F.invoice("2026-0010", open: "80.00"), try F.invoice("2026-0011", open: "200.00"),
    ]
    let payment = try F.payment(
      "P3", amount: "80.00", name: "Garage Jansen", text: "factuur 2026-0011")
    let result = F.match(items, [payment], customers: customers)
    #expect(result.allocations.isEmpty)
    #expect(Set(result.suggested(for: "P3")) == [["2026-0010"], ["2026-0011"]])
  }

  @Test("every payment's references are applied before any amount rule, whatever the order")
  func referencesFirst() throws {
    let items = [
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
      try F.invoice("A2", open: "100.00", due: "2026-02-01", rf: true),
    ]
    let byAmount = try F.payment("P1", amount: "100.00", iban: "NL91ABNA0417164300")
    let byReference = try F.payment("P2", amount: "100.00", structured: F.rf("A2"))
    let result = F.match(items, [byAmount, byReference], payers: payers)
    #expect(
      result.lines == [
        "P1 → A1 100.00 known-payer 85", "P2 → A2 100.00 structured-reference 100",
      ])
  }
}
