import ArflowTesting
import Receivables
import Reconciler
import Testing

struct IdempotenceTests {
  typealias F = MatchingFixtures

  @Test("matching the booked result again decides nothing new")
  func secondRunIsEmpty() throws {
    let customers = [
      Customer(id: "C1", name: "Garage Jansen"), Customer(id: "C2", name: "Café Noord"),
    ]
    let items = [
      try F.invoice("2026-0001", open: "100.00", rf: true),
      try F.invoice("2026-0002", open: "100.00", due: "2026-02-28"),
      try F.invoice("2026-0003", open: "45.00"),
      try F.invoice("2026-0004", customer: "C2", open: "99.60"),
      try F.invoice("2026-0005", customer: "C2", open: "300.00"),
      try F.creditNote("CN-1", customer: "C2", credit: "20.00", refersTo: "2026-0005"),
    ]
    let payments = [
      try F.payment("P1", amount: "100.00", iban: "NL91ABNA0417164300"),
      try F.payment("P2", amount: "130.00", structured: F.rf("2026-0001")),
      try F.payment("P3", amount: "99.00", name: "CAFE NOORD", text: "factuur 2026-0004"),
      try F.payment("P4", amount: "45.00", name: "GARAGE JANSEN"),
      try F.payment("P5", amount: "12.34", name: "Somebody Else"),
    ]
    let input = MatchingInput(
      items: items, customers: customers, knownPayers: ["NL91ABNA0417164300": "C1"],
      payments: payments.map(PaymentBalance.init))
    let matcher = PaymentMatcher(
      settings: MatchingSettings(
        tolerances: [.eur: try F.euros("1.00")], creditNoteNetting: .oldestItems))
    let first = matcher.match(input)
    #expect(
      first.lines == [
        "P1 → 2026-0002 100.00 known-payer 85",
        "P2 → 2026-0001 100.00 structured-reference 100",
        "P3 → 2026-0004 99.00 document-number 85",
        "P4 → 2026-0003 45.00 name-and-amount 70",
      ])
    #expect(first.writeOffs.map(\.itemNumber) == ["2026-0004"])
    #expect(first.nettings.map(\.invoiceNumber) == ["2026-0005"])
    let second = matcher.match(input.booking(first))
    #expect(second.isEmpty)
    #expect(second.unmatched.map(\.paymentID) == ["P2", "P5"])
  }

  @Test("a known payer's payment and a credit note settle two invoices of one amount in one run")
  func ambiguityResolvedInOneRun() throws {
    let items = [
      try F.invoice("A1", open: "100.00", due: "2026-01-01"),
      try F.invoice("A2", open: "100.00", due: "2026-02-01"),
      try F.creditNote("CN-1", credit: "100.00"),
    ]
    let input = MatchingInput(
      items: items, knownPayers: ["NL91ABNA0417164300": "C1"],
      payments: [
        PaymentBalance(try F.payment("P1", amount: "100.00", iban: "NL91ABNA0417164300"))
      ])
    let matcher = PaymentMatcher(settings: MatchingSettings(creditNoteNetting: .oldestItems))
    let first = matcher.match(input)
    #expect(first.lines == ["P1 → A1 100.00 known-payer 75"])
    #expect(first.nettings.map(\.invoiceNumber) == ["A2"])
    #expect(matcher.match(input.booking(first)).isEmpty)
  }
}
