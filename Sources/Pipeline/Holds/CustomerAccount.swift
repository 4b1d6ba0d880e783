public import Ledger

/// One customer as `arflow customer ID` shows it: open items with the last level reached,
/// holds, promises, payment arrangements and every dunning document sent, on a date.
public struct CustomerAccount: Sendable {
  /// An open item with the last reminder it got.
  public struct Item: Sendable {
    public var item: OpenItem
    public var lastReminder: Reminder?
  }

  /// A document sent (or failed), with its batch and day.
  public struct Document: Sendable {
    public var batchID: String
    public var sentOn: LocalDate
    public var document: DunningDocument
  }

  public var customer: Customer?
  public var customerID: String
  public var asOf: LocalDate
  /// Open items, oldest due date first.
  public var items: [Item]
  public var holds: [HoldRecord]
  public var promises: [PaymentPromise]
  public var arrangements: [PaymentArrangement]
  /// Newest first.
  public var documents: [Document]

  /// Reads the customer's account from the ledger.
  /// - Throws: `LedgerError` `unknownRecord` when the ledger knows no such customer.
  public init(of pipeline: PipelineRun, customerID: String, asOf date: LocalDate)
    throws(LedgerError)
  {
    let ledger = pipeline.ledger
    customer = try ledger.customers()[customerID]
    let open = try ledger.openItems().filter { $0.customerID == customerID }
    guard customer != nil || !open.isEmpty else { throw LedgerError.unknownCustomer(customerID) }
    self.customerID = customerID
    asOf = date
    var items: [Item] = []
    for item in open.sorted(by: { ($0.dueDate, $0.number) < ($1.dueDate, $1.number) }) {
      let reminders = try ledger.reminders(ofItem: item.number)
      items.append(Item(item: item, lastReminder: reminders.max { $0.level < $1.level }))
    }
    self.items = items
    holds = try ledger.holds(customerID: customerID)
    promises = try ledger.promises(customerID: customerID, all: true)
    arrangements = try ledger.arrangements(customerID: customerID, all: true)
    documents = try ledger.dunningDocuments(customerID: customerID).map {
      Document(batchID: $0.batchID, sentOn: $0.sentOn, document: $0.document)
    }
  }

  /// Where an instalment stands on the account's date: "paid", "missed", "part paid", "open".
  public func state(of instalment: Instalment) -> String {
    if instalment.isPaid { return "paid" }
    if instalment.isMissed(on: asOf, graceDays: 0) { return "missed" }
    return instalment.paid.isZero ? "open" : "part paid"
  }

  /// Where a hold stands on the account's date: "running", "ended 2026-12-01", "ran out".
  public func state(of record: HoldRecord) -> String {
    if let ended = record.endedOn, ended <= asOf { return "ended \(ended.iso8601)" }
    if record.hold.isActive(on: asOf) { return "running" }
    return record.hold.since > asOf ? "from \(record.hold.since.iso8601)" : "ran out"
  }

  /// What has been paid toward a promise so far, in its currency.
  public func paid(toward promise: PaymentPromise) -> Money {
    let minor = promise.payments.filter { $0.amount.currency == promise.amount.currency }
      .reduce(Int64(0)) { $0 + $1.amount.minorUnits }
    return Money(minorUnits: minor, currency: promise.amount.currency)
  }
}
