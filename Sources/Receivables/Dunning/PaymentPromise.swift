/// A customer's promise to pay an amount by a date: no documents go to the customer until that
/// date plus grace; kept when the payments toward it reach the amount by then, broken otherwise.
public struct PaymentPromise: Sendable, Hashable {
  /// Where the promise stands, as the ledger records it.
  public enum State: String, Sendable, Hashable, Codable {
    case active, kept, broken
  }

  /// The ledger's id of the promise.
  public var id: String
  public var customerID: String
  /// The amount promised.
  public var amount: Money
  /// The day by which it is promised.
  public var promisedBy: LocalDate
  /// The items it covers; empty for the customer's balance.
  public var itemNumbers: [String]
  /// The day the promise was made.
  public var madeOn: LocalDate
  /// Payments received toward it since it was made.
  public var payments: [ReceivedPayment]
  public var state: State

  public init(
    id: String, customerID: String, amount: Money, promisedBy: LocalDate,
    itemNumbers: [String] = [], madeOn: LocalDate, payments: [ReceivedPayment] = [],
    state: State = .active
  ) {
    self.id = id
    self.customerID = customerID
    self.amount = amount
    self.promisedBy = promisedBy
    self.itemNumbers = itemNumbers
    self.madeOn = madeOn
    self.payments = payments
    self.state = state
  }

  /// What the promise means on `date`.
  public enum Standing: Sendable, Hashable {
    /// Still running: no documents to the customer through `holdsUntil`.
    case running(holdsUntil: LocalDate)
    /// The payments reached the amount within the term.
    case kept
    /// The term ended without the payments reaching the amount.
    case broken(paid: Money)
  }

  /// Judges an active promise on `date`, with `graceDays` after the promised date.
  ///
  /// Payments dated after the promised date plus grace do not count toward it.
  public func standing(on date: LocalDate, graceDays: Int) -> Standing {
    let end = promisedBy.adding(days: graceDays)
    var paid: Int64 = 0
    for payment in payments
    where payment.date <= end && payment.date <= date && payment.amount.currency == amount.currency
    {
      paid += payment.amount.minorUnits
    }
    if paid >= amount.minorUnits { return .kept }
    if date > end { return .broken(paid: Money(minorUnits: paid, currency: amount.currency)) }
    return .running(holdsUntil: end)
  }
}
