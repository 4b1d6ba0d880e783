import ArflowTesting
import Ledger
import Receivables
import Reconciler
import Testing

struct ReferenceMatcherTests {
  let items = [
    Fixtures.invoice("2026-0001", amount: "100.00"),
    Fixtures.invoice("2026-0002", amount: "250.00"),
    Fixtures.invoice("2026-0003", amount: "40.00"),
  ]

  private func balance(_ payment: Payment) -> PaymentBalance {
    PaymentBalance(payment: payment, unallocated: payment.amount)
  }

  @Test("a structured reference equal to an invoice's reference pays it, with confidence 100")
  func structured() throws {
    let payment = Fixtures.payment("p1", amount: "100.00", reference: "RF3120260001")
    let allocations = ReferenceMatcher().allocations(for: [balance(payment)], against: items)
    #expect(allocations.count == 1)
    let allocation = try #require(allocations.first)
    #expect(allocation.itemNumber == "2026-0001")
    #expect(allocation.amount == Fixtures.euros("100.00"))
    #expect(allocation.rule == .structuredReference)
    #expect(allocation.confidence == 100)
    #expect(allocation.explanation.contains("RF31 2026 0001"))
  }

  @Test("references in the remittance text pay each invoice in order")
  func remittance() throws {
    let payment = Fixtures.payment(
      "p2", amount: "290.00", remittance: "Betaling fact. RF04 2026 0002 en rf74 2026 0003")
    let allocations = ReferenceMatcher().allocations(for: [balance(payment)], against: items)
    #expect(allocations.map(\.itemNumber) == ["2026-0002", "2026-0003"])
    #expect(allocations.map(\.amount) == [Fixtures.euros("250.00"), Fixtures.euros("40.00")])
    #expect(allocations.allSatisfy { $0.rule == .remittanceReference && $0.confidence == 95 })
  }

  @Test("a partial payment allocates what it has; an overpayment leaves the rest unallocated")
  func partialAndOver() throws {
    let partial = Fixtures.payment("p3", amount: "60.00", reference: "RF3120260001")
    let over = Fixtures.payment("p4", amount: "100.00", reference: "RF74 2026 0003")
    let allocations = ReferenceMatcher().allocations(
      for: [balance(partial), balance(over)], against: items)
    #expect(allocations.map(\.amount) == [Fixtures.euros("60.00"), Fixtures.euros("40.00")])
  }

  @Test("two payments quoting one invoice never allocate more than is open")
  func neverOverAllocates() throws {
    let first = Fixtures.payment("p5", amount: "80.00", reference: "RF3120260001")
    let second = Fixtures.payment("p6", amount: "80.00", reference: "RF3120260001")
    let allocations = ReferenceMatcher().allocations(
      for: [balance(first), balance(second)], against: items)
    #expect(allocations.map(\.amount) == [Fixtures.euros("80.00"), Fixtures.euros("20.00")])
  }

  @Test("no reference, an unknown reference or a wrong check digit matches nothing")
  func noMatch() {
    let payments = [
      Fixtures.payment("p7", amount: "100.00", remittance: "invoice 2026-0001"),
      Fixtures.payment("p8", amount: "100.00", reference: "RF3220260001"),
      Fixtures.payment("p9", amount: "100.00", reference: "RF18539007547034"),
    ]
    #expect(ReferenceMatcher().allocations(for: payments.map(balance), against: items).isEmpty)
  }

  @Test("a reconciliation books its allocations in the ledger and a second pass adds nothing")
  func reconciliationIsIdempotent() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(Fixtures.fileImport("items.csv", items: items))
    try ledger.commit(
      Fixtures.fileImport(
        "bank.xml", payments: [Fixtures.payment("p1", amount: "100.00", reference: "RF3120260001")])
    )
    let run = try ledger.beginRun(asOf: Fixtures.date("2026-11-02"))
    #expect(
      try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-02"), run: run).count == 1)
    #expect(
      try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-02"), run: run).isEmpty)
    #expect(try ledger.openItems().map(\.number) == ["2026-0002", "2026-0003"])
    try ledger.checkInvariants()
  }
}
