import ArflowTesting
import Ledger
import Receivables
import Testing

struct LedgerAllocationTests {
  private func ledgerWithInvoiceAndPayment() throws -> (TestWorkspace, Ledger) {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport("items.csv", items: [Fixtures.invoice("INV-1", amount: "100.00")]))
    try ledger.commit(
      Fixtures.fileImport("bank.xml", payments: [Fixtures.payment("acct:1", amount: "60.00")]))
    return (space, ledger)
  }

  private func allocation(_ amount: String) -> Allocation {
    Allocation(
      paymentReference: "acct:1", itemNumber: "INV-1", amount: Fixtures.euros(amount),
      rule: MatchRule(rawValue: "test"), confidence: 100, explanation: "test")
  }

  @Test("an allocation lowers the item's open amount and the payment's rest")
  func allocates() throws {
    let (space, ledger) = try ledgerWithInvoiceAndPayment()
    let run = try ledger.beginRun(asOf: Fixtures.date("2026-11-02"))
    var booking = ReconciliationBooking(trigger: .matchRun)
    booking.allocations = [allocation("60.00")]
    try ledger.book(booking, asOf: Fixtures.date("2026-11-02"), run: run)
    #expect(try ledger.item(number: "INV-1")?.openAmount == Fixtures.euros("40.00"))
    #expect(try ledger.unallocatedPayments().isEmpty)
    #expect(try ledger.allocations().count == 1)
    #expect(try ledger.history(ofItem: "INV-1").last?.event == .allocated)
    try ledger.checkInvariants()
    _ = space
  }

  @Test("allocating more than the payment has left is refused and nothing changes")
  func overAllocation() throws {
    let (space, ledger) = try ledgerWithInvoiceAndPayment()
    let run = try ledger.beginRun(asOf: Fixtures.date("2026-11-02"))
    var booking = ReconciliationBooking(trigger: .matchRun)
    booking.allocations = [allocation("50.00"), allocation("50.00")]
    #expect(throws: LedgerError.self) {
      try ledger.book(booking, asOf: Fixtures.date("2026-11-02"), run: run)
    }
    #expect(try ledger.allocations().isEmpty)
    #expect(try ledger.item(number: "INV-1")?.openAmount == Fixtures.euros("100.00"))
    try ledger.checkInvariants()
    _ = space
  }

  @Test("the invariant check finds a tampered open amount")
  func invariantCatchesTampering() throws {
    let (space, ledger) = try ledgerWithInvoiceAndPayment()
    let probe = try DatabaseProbe(path: space.ledgerPath)
    try probe.execute("UPDATE open_item SET open_minor = 1 WHERE number = 'INV-1'")
    let violations = try ledger.invariantViolations()
    #expect(violations.count == 1)
    #expect(violations.first?.contains("INV-1") == true)
    #expect(throws: LedgerError.self) { try ledger.checkInvariants() }
  }

  @Test("each item is reminded at most once per level")
  func remindersOncePerLevel() throws {
    let (space, ledger) = try ledgerWithInvoiceAndPayment()
    let run = try ledger.beginRun(asOf: Fixtures.date("2026-11-20"))
    let reminder = Reminder(
      itemNumber: "INV-1", customerID: "C1", level: 1, levelName: "reminder",
      remindedOn: Fixtures.date("2026-11-20"), daysOverdue: 50,
      openAmount: Fixtures.euros("100.00"),
      fee: Fixtures.euros("0.00"), interest: Fixtures.euros("0.00"), channel: .letter,
      explanation: "x")
    let first = try ledger.recordReminderBatch(
      id: "B1", asOf: Fixtures.date("2026-11-20"), run: run, reminders: [reminder])
    let second = try ledger.recordReminderBatch(
      id: "B2", asOf: Fixtures.date("2026-11-20"), run: run, reminders: [reminder])
    #expect(first.count == 1)
    #expect(second.isEmpty)
    #expect(try ledger.reminderBatches().map(\.id) == ["B1"])
    #expect(try ledger.remindedLevels()["INV-1"] == [1])
    _ = space
  }
}
