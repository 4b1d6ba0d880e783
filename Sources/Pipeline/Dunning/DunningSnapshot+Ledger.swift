public import Dunning
public import Ledger
public import Receivables
import Reconciler

extension DunningSnapshot {
  /// Everything a dunning run decides from, read from the ledger: open items by customer with
  /// their reminders, customers, document days, holds, promises, arrangements, the payments
  /// nobody could place, the suggestions waiting for a person and the returned direct debits
  /// not yet answered.
  /// - Throws: `LedgerError`.
  public static func read(from ledger: Ledger) throws(LedgerError) -> DunningSnapshot {
    let items = try ledger.openItemsByCustomer().map { DunningItem($0) }
    var snapshot = DunningSnapshot(
      items: items,
      customers: try ledger.customers().values.sorted { $0.id < $1.id },
      documentDates: try ledger.documentDates(),
      holds: try ledger.holds().map(\.hold),
      promises: try ledger.promises(),
      arrangements: try ledger.arrangements(),
      returnedDirectDebits: try ledger.returnedDirectDebitsWithoutNotice())
    snapshot.addHistory(try ledger.remindersOfOpenItems())
    try snapshot.addUnplacedPayments(from: ledger)
    return snapshot
  }

  /// The latest reconciliation's leftovers by customer: money from a payer known to be the
  /// customer's (or left over after paying the customer's items) is the customer's unplaced
  /// payment; a suggestion naming the customer's items waits for a person.
  private mutating func addUnplacedPayments(from ledger: Ledger) throws(LedgerError) {
    let unmatched = try ledger.latestUnmatched()
    guard !unmatched.isEmpty else { return }
    let payers = try Reconciliation(ledger: ledger, policy: ReconciliationPolicy())
      .knownPayers()
    for payment in unmatched where payment.unallocated.isPositive {
      var owner = payment.payerIBAN.flatMap(payers.customerID(forIBAN:))
      if owner == nil, payment.kind == .surplus,
        let first = try ledger.allocations(ofPayment: payment.paymentID).first
      {
        owner = try ledger.item(number: first.itemNumber)?.customerID
      }
      if let owner {
        unplacedPayments[owner, default: []].append(
          ReceivedPayment(amount: payment.unallocated, date: payment.bookingDate))
      } else {
        for customerID in Set(payment.suggestions.map(\.customerID)) {
          pendingSuggestions[customerID, default: 0] += 1
        }
      }
    }
  }
}
