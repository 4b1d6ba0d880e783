import ArflowTesting
import Ledger
import Receivables
import Reconciler
import Testing

/// A person's allocation and unallocation: recorded in history, teaching and forgetting IBANs,
/// and respected by later runs.
struct ManualAllocationTests {
  let day = Fixtures.date("2026-11-20")

  private func ledger() throws -> (TestWorkspace, Ledger) {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport(
        "items.csv",
        items: [
          Fixtures.invoice("2026-0001", amount: "80.00"),
          Fixtures.invoice("2026-0002", amount: "55.00", issued: "2026-10-01", due: "2026-11-01"),
        ]))
    var first = Fixtures.payment("p1", amount: "80.00", remittance: "thanks")
    first.counterpartyIBAN = "DE02120300000000202051"
    var second = Fixtures.payment("p2", amount: "55.00", remittance: "more", booked: "2026-11-10")
    second.counterpartyIBAN = "DE02120300000000202051"
    try ledger.commit(Fixtures.fileImport("bank.xml", payments: [first, second], customers: []))
    return (space, ledger)
  }

  @Test("a manual allocation is booked with history and teaches the payer's IBAN")
  func allocateTeaches() throws {
    let (space, ledger) = try ledger()
    let allocation = try ManualAllocation(ledger: ledger).allocate(
      payment: "p1", item: "2026-0001", on: day)
    #expect(allocation.amount == Fixtures.euros("80.00"))
    #expect(allocation.rule == .manual)
    #expect(try ledger.history(ofItem: "2026-0001").last?.event == .allocated)
    #expect(try ledger.knownPayers().map(\.source.rawValue) == ["manual allocation"])
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(outcome.allocations.map(\.itemNumber) == ["2026-0002"])
    #expect(outcome.allocations.first?.rule == .knownPayer)
    try ledger.checkInvariants()
    _ = space
  }

  @Test("allocating more than is left, or to an unknown item, is refused and books nothing")
  func refusals() throws {
    let (space, ledger) = try ledger()
    let manual = ManualAllocation(ledger: ledger)
    #expect(throws: ReconciliationError.self) {
      try manual.allocate(
        payment: "p1", item: "2026-0001", amount: Fixtures.euros("90.00"), on: day)
    }
    #expect(throws: ReconciliationError.self) {
      try manual.allocate(payment: "p1", item: "NOPE", on: day)
    }
    #expect(throws: ReconciliationError.self) {
      try manual.allocate(payment: "nope", item: "2026-0001", on: day)
    }
    #expect(try ledger.allocations().isEmpty)
    _ = space
  }

  @Test("unallocating reopens the item, forgets the IBAN it taught, and keeps rules away")
  func unallocate() throws {
    let (space, ledger) = try ledger()
    let manual = ManualAllocation(ledger: ledger)
    try manual.allocate(payment: "p1", item: "2026-0001", amount: Fixtures.euros("30.00"), on: day)
    let undone = try manual.unallocate(payment: "p1", on: day)
    #expect(undone.map(\.amount) == [Fixtures.euros("30.00")])
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("80.00"))
    #expect(try ledger.knownPayers().isEmpty)
    #expect(try ledger.history(ofItem: "2026-0001").last?.event == .unallocated)
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(!outcome.allocations.contains { $0.paymentReference == "p1" })
    #expect(outcome.unmatched.contains { $0.paymentID == "p1" && $0.kind == .manual })
    #expect(throws: ReconciliationError.self) { try manual.unallocate(payment: "p1", on: day) }
    try ledger.checkInvariants()
    _ = space
  }
}
