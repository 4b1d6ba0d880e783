public import Receivables

/// Everything a dunning run decides from, as one read of the ledger hands it over.
public struct DunningSnapshot: Sendable {
  /// The open items (invoices and credit notes) with their reminder history; settled ones may
  /// be left out. Open credit notes are the customer's unapplied credit. Items grouped by
  /// customer (as a ledger read ordered by customer gives them) are indexed fastest.
  public var items: [DunningItem]
  public var customers: [Customer]
  /// Per customer id, the days any document went to the customer (reminders, second-chance
  /// notices, instalment reminders).
  public var documentDates: [String: [LocalDate]]
  public var holds: [Hold]
  public var promises: [PaymentPromise]
  public var arrangements: [PaymentArrangement]
  /// Per customer id, money received that could not be assigned.
  public var unplacedPayments: [String: [ReceivedPayment]]
  /// Per customer id, the number of match suggestions waiting for a person.
  public var pendingSuggestions: [String: Int]
  public var returnedDirectDebits: [ReturnedDirectDebit]

  public init(
    items: [DunningItem] = [], customers: [Customer] = [],
    documentDates: [String: [LocalDate]] = [:], holds: [Hold] = [],
    promises: [PaymentPromise] = [], arrangements: [PaymentArrangement] = [],
    unplacedPayments: [String: [ReceivedPayment]] = [:], pendingSuggestions: [String: Int] = [:],
    returnedDirectDebits: [ReturnedDirectDebit] = []
  ) {
    self.items = items
    self.customers = customers
    self.documentDates = documentDates
    self.holds = holds
    self.promises = promises
    self.arrangements = arrangements
    self.unplacedPayments = unplacedPayments
    self.pendingSuggestions = pendingSuggestions
    self.returnedDirectDebits = returnedDirectDebits
  }

  /// Adds reminders to the history of the items they name (reminders of unknown items are
  /// dropped): for a ledger read that loads the history apart from the items.
  public mutating func addHistory(_ reminders: [Reminder]) {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(items.count)
    for (offset, item) in items.enumerated() { positions[item.number] = offset }
    for reminder in reminders {
      if let offset = positions[reminder.itemNumber] { items[offset].reminders.append(reminder) }
    }
  }
}
