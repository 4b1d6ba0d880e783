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

  @Test("each item is reminded at most once per level, and a batch is recorded once")
  func remindersOncePerLevel() throws {
    let (space, ledger) = try ledgerWithInvoiceAndPayment()
    let date = Fixtures.date("2026-11-20")
    let run = try ledger.beginRun(asOf: date)
    let document = DunningDocument(
      planID: "2026-11-20/C1/EUR/reminder", kind: .reminder, customerID: "C1", channel: .letter,
      level: 1, levelName: "reminder", currency: Fixtures.euros("0.00").currency,
      total: Fixtures.euros("100.00"), reference: nil, file: "001-C1.pdf", status: .written,
      explanation: "x",
      lines: [
        DunningDocument.Line(
          itemNumber: "INV-1", state: .reminded, level: 1, levelName: "reminder",
          daysOverdue: 50, openAmount: Fixtures.euros("100.00"), explanation: "x")
      ])
    let first = ReminderBatch(id: "2026-11-20-01", asOf: date, documents: [document])
    #expect(try ledger.record(first, run: run))
    #expect(try !ledger.record(first, run: run))
    let second = ReminderBatch(id: "2026-11-20-02", asOf: date, documents: [document])
    #expect(try ledger.record(second, run: run))
    #expect(try ledger.reminderBatches().map(\.id) == ["2026-11-20-01", "2026-11-20-02"])
    let reminders = try ledger.reminders(ofItem: "INV-1")
    #expect(reminders.map(\.level) == [1])
    #expect(reminders.first?.documentID == "2026-11-20/C1/EUR/reminder")
    _ = space
  }
}
