import ArflowTesting
import Ledger
import Receivables
import Reconciler
import Testing

/// The matcher wired to a real SQLite ledger: what is booked, what history says, and that a
/// second run books nothing.
struct ReconciliationLedgerTests {
  let day = Fixtures.date("2026-11-20")

  private func ledger(
    items: [OpenItem], payments: [Payment], customers: [Customer] = [Fixtures.customer()]
  ) throws -> (TestWorkspace, Ledger) {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(Fixtures.fileImport("items.csv", items: items, customers: customers))
    try ledger.commit(Fixtures.fileImport("bank.xml", payments: payments, customers: []))
    return (space, ledger)
  }

  private func payment(
    _ id: String, _ amount: String, reference: String? = nil, text: String? = nil,
    iban: String? = nil, endToEnd: String? = nil, booked: String = "2026-11-19"
  ) -> Payment {
    var payment = Fixtures.payment(
      id, amount: amount, reference: reference, remittance: text, booked: booked)
    payment.counterpartyIBAN = iban
    payment.endToEndID = endToEnd
    return payment
  }

  @Test("a reference match and a partial payment are booked once; the rest stays open")
  func booksOnce() throws {
    var partial = payment("p2", "100.00", text: "Invoice 2026-0002 first part")
    partial.counterpartyName = "ACME TRADING B.V."
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001"), Fixtures.invoice("2026-0002", amount: "250.00")],
      payments: [payment("p1", "100.00", reference: "RF3120260001"), partial],
      customers: [Fixtures.customer("C1", name: "Acme Trading")])
    let first = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(first.allocations.map(\.itemNumber) == ["2026-0001", "2026-0002"])
    #expect(first.allocations.map(\.rule) == [.structuredReference, .documentNumber])
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("0.00"))
    #expect(try ledger.item(number: "2026-0002")?.openAmount == Fixtures.euros("150.00"))
    #expect(first.reconciliationIDs.count == 1)
    let second = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(second.allocations.isEmpty)
    #expect(second.reconciliationIDs.isEmpty)
    #expect(try ledger.allocations().count == 2)
    try ledger.checkInvariants()
    _ = space
  }

  @Test("an overpayment settles the item and its surplus is listed as the customer's credit")
  func overpayment() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "120.00", reference: "RF3120260001")])
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(outcome.allocations.map(\.amount) == [Fixtures.euros("100.00")])
    let surplus = try #require(outcome.unmatched.first)
    #expect(surplus.kind == .surplus)
    #expect(surplus.unallocated.minorUnits == 2000)
    #expect(try ledger.unallocatedPayments().first?.unallocated == Fixtures.euros("20.00"))
    _ = space
  }

  @Test("a shortfall within the tolerance is written off with its reason, and booked")
  func writeOff() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "99.60", reference: "RF3120260001")])
    var policy = ReconciliationPolicy()
    policy.matching.tolerances = [.eur: Fixtures.euros("0.50")]
    let outcome = try Reconciliation(ledger: ledger, policy: policy).run(on: day, run: nil)
    #expect(outcome.writeOffs.map(\.amount) == [Fixtures.euros("0.40")])
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("0.00"))
    #expect(
      try ledger.history(ofItem: "2026-0001").map(\.event).suffix(2) == [.allocated, .writtenOff])
    let record = try #require(try ledger.pendingReconciliations().first)
    #expect(record.lines.map(\.rule) == ["structured-reference", "write-off"])
    try ledger.checkInvariants()
    _ = space
  }

  @Test("a credit note is netted against the invoice it names, in the ledger and its history")
  func netting() throws {
    var credit = OpenItem(
      number: "CN-1", kind: .creditNote, customerID: "C1", issueDate: day, dueDate: day,
      amount: Fixtures.euros("-30.00"), openAmount: Fixtures.euros("-30.00"), paymentReference: nil,
      source: SourceLocation(file: "items.csv", line: 3))
    credit.precedingInvoice = "2026-0001"
    let (space, ledger) = try ledger(items: [Fixtures.invoice("2026-0001"), credit], payments: [])
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(outcome.nettings.map(\.amount) == [Fixtures.euros("30.00")])
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("70.00"))
    #expect(try ledger.item(number: "CN-1")?.openAmount == Fixtures.euros("0.00"))
    #expect(try ledger.history(ofItem: "CN-1").last?.event == .netted)
    try ledger.checkInvariants()
    _ = space
  }

  @Test("a returned payment undoes its allocation and reopens the item, with history")
  func returnedPayment() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "100.00", reference: "RF3120260001", endToEnd: "E2E-1")])
    _ = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    var returned = payment("r1", "-100.00", endToEnd: "E2E-1", booked: "2026-11-21")
    returned.returnReason = "AC04"
    try ledger.commit(Fixtures.fileImport("return.xml", payments: [returned], customers: []))
    let outcome = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-21"), run: nil)
    #expect(outcome.reversals.map(\.originalReference) == ["p1"])
    #expect(outcome.allocations.isEmpty)
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("100.00"))
    #expect(try ledger.allocations().isEmpty)
    #expect(try ledger.unallocatedPayments().isEmpty)
    let history = try ledger.history(ofItem: "2026-0001")
    #expect(history.last?.event == .unallocated)
    #expect(history.last?.detail.contains("AC04") == true)
    let again = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-21"), run: nil)
    #expect(again.reversals.isEmpty && again.allocations.isEmpty)
    try ledger.checkInvariants()
    _ = space
  }

  @Test("an IBAN from the customer master makes a payment without text the customer's")
  func customerMasterIBAN() throws {
    var customer = Fixtures.customer()
    customer.bankAccounts = ["NL91 ABNA 0417 1643 00"]
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001"), Fixtures.invoice("2026-0002", amount: "40.00")],
      payments: [payment("p1", "140.00", iban: "NL91ABNA0417164300")], customers: [customer])
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(outcome.allocations.map(\.itemNumber) == ["2026-0001", "2026-0002"])
    #expect(outcome.allocations.allSatisfy { $0.rule == .knownPayer })
    #expect(try ledger.knownPayers().map(\.source.rawValue) == ["customer master"])
    _ = space
  }

  @Test("an IBAN two customers pay from proves nothing: the amount alone is not applied")
  func sharedIBAN() throws {
    var first = Fixtures.customer("C1")
    first.bankAccounts = ["NL91ABNA0417164300"]
    var second = Fixtures.customer("C2")
    second.bankAccounts = ["NL91ABNA0417164300"]
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001"), Fixtures.invoice("2026-0002", customer: "C2")],
      payments: [payment("p1", "100.00", iban: "NL91ABNA0417164300")], customers: [first, second])
    let outcome = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(outcome.allocations.isEmpty)
    #expect(outcome.unmatched.map(\.kind) == [.payment])
    _ = space
  }

  @Test("with auto-apply off nothing is booked and the match is listed as a suggestion")
  func autoApplyOff() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "100.00", reference: "RF3120260001")])
    let outcome = try Reconciliation(ledger: ledger, policy: ReconciliationPolicy(autoApply: false))
      .run(on: day, run: nil)
    #expect(outcome.allocations.isEmpty)
    #expect(outcome.unmatched.first?.suggestions.first?.itemNumbers == ["2026-0001"])
    #expect(outcome.unmatched.first?.note?.contains("auto-apply is off") == true)
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("100.00"))
    _ = space
  }

  @Test("two partial returns of one payment take back its rest, then its allocation, in part")
  func twoPartialReturns() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001", amount: "60.00")],
      payments: [payment("p1", "100.00", reference: "RF3120260001", endToEnd: "E2E-1")])
    _ = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    var first = payment("r1", "-30.00", endToEnd: "E2E-1", booked: "2026-11-21")
    first.returnReason = "MS03"
    try ledger.commit(Fixtures.fileImport("return1.xml", payments: [first], customers: []))
    _ = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-21"), run: nil)
    // 40.00 was unallocated: the first return takes 30.00 of it, the item stays paid.
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("0.00"))
    #expect(try ledger.unallocatedPayments().first?.unallocated == Fixtures.euros("10.00"))
    var second = payment("r2", "-30.00", endToEnd: "E2E-1", booked: "2026-11-22")
    second.returnReason = "MS03"
    try ledger.commit(Fixtures.fileImport("return2.xml", payments: [second], customers: []))
    _ = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-22"), run: nil)
    // The second takes the last 10.00 of the rest and 20.00 of the allocation.
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("20.00"))
    #expect(try ledger.unallocatedPayments().isEmpty)
    #expect(try ledger.allocations().map(\.amount) == [Fixtures.euros("40.00")])
    let lines = try #require(try ledger.pendingReconciliations().last).lines
    #expect(lines.map(\.amount.decimalString) == ["-60.00", "40.00"])
    #expect(lines.map(\.rule) == ["undone", "structured-reference"])
    try ledger.checkInvariants()
    _ = space
  }

  @Test("a held overpayment is listed once, as held, not with a surplus it does not have")
  func heldOverpaymentOnce() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "150.00", reference: "RF3120260001")])
    let outcome = try Reconciliation(ledger: ledger, policy: ReconciliationPolicy(autoApply: false))
      .run(on: day, run: nil)
    #expect(outcome.unmatched.map(\.kind) == [.payment])
    #expect(outcome.unmatched.map(\.unallocated.minorUnits) == [15000])
    _ = space
  }

  @Test("taking back a match does not forget the IBAN the customer master gave")
  func masterIBANSurvivesUndo() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [payment("p1", "100.00", reference: "RF3120260001", iban: "NL91ABNA0417164300")])
    _ = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    #expect(try ledger.knownPayers().map(\.source.rawValue) == ["confirmed match"])
    var customer = Fixtures.customer()
    customer.bankAccounts = ["NL91ABNA0417164300"]
    try ledger.commit(Fixtures.fileImport("customers.csv", customers: [customer]))
    try ManualAllocation(ledger: ledger).unallocate(payment: "p1", on: day)
    #expect(try ledger.knownPayers().map(\.source.rawValue) == ["customer master"])
    _ = space
  }

  @Test("a return more than 400 days after its payment is left to a person, listed with why")
  func returnTooLate() throws {
    let (space, ledger) = try ledger(
      items: [Fixtures.invoice("2026-0001")],
      payments: [
        payment("p1", "100.00", reference: "RF3120260001", endToEnd: "E2E-1", booked: "2025-06-01")
      ])
    _ = try Reconciliation(ledger: ledger).run(on: day, run: nil)
    var late = payment("r1", "-100.00", endToEnd: "E2E-1", booked: "2026-11-21")
    late.returnReason = "MD06"
    try ledger.commit(Fixtures.fileImport("return.xml", payments: [late], customers: []))
    let outcome = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-21"), run: nil)
    #expect(outcome.reversals.isEmpty)
    #expect(outcome.unmatched.map(\.kind) == [.reversal])
    #expect(try ledger.item(number: "2026-0001")?.openAmount == Fixtures.euros("0.00"))
    _ = space
  }
}
