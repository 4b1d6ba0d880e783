/// One row of a holds file dropped into the inbox: pause, dispute, promise or resume, for an
/// item or a customer, with where it was written.
public struct HoldInstruction: Sendable, Hashable {
  /// What the row asks for.
  public enum Action: String, Sendable, Hashable, CaseIterable {
    /// Stop reminders for the item or customer (until `until`, or until resumed).
    case pause
    /// The customer contests the item.
    case dispute
    /// The customer promised to pay `amount` by `until`.
    case promise
    /// End the item's or customer's pauses and disputes.
    case resume
  }

  public var action: Action
  /// The item it names; nil when it names a whole customer.
  public var itemNumber: String?
  /// The customer it names; nil when the item alone says whose it is.
  public var customerID: String?
  /// The last day of a pause; the promised-by date of a promise.
  public var until: LocalDate?
  /// Why, as the person wrote it.
  public var reason: String
  /// The promised amount (promises only).
  public var amount: Money?
  /// The file and line of the row.
  public var source: SourceLocation

  public init(
    action: Action, itemNumber: String?, customerID: String?, until: LocalDate? = nil,
    reason: String, amount: Money? = nil, source: SourceLocation
  ) {
    self.action = action
    self.itemNumber = itemNumber
    self.customerID = customerID
    self.until = until
    self.reason = reason
    self.amount = amount
    self.source = source
  }

  /// "holds.csv line 4": who asked, as the ledger records it.
  public var sourceText: String { "\(source.file) line \(source.line ?? 0)" }
}
