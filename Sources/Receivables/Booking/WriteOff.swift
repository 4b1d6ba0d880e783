/// A small rest of an item written off because a payment left less than the tolerance open.
public struct WriteOff: Hashable, Sendable {
  /// The item whose rest is written off; its open amount goes down by `amount`.
  public var itemNumber: String
  /// The item's customer.
  public var customerID: String
  /// The payment whose allocation left the rest (its bank reference); nil for a write-off a
  /// person books without a payment.
  public var paymentReference: String?
  /// The amount written off: positive, at most the tolerance.
  public var amount: Money
  /// Why, from the settings ("bank charges or rounding within tolerance").
  public var reason: String

  public init(
    itemNumber: String, customerID: String, paymentReference: String?, amount: Money,
    reason: String
  ) {
    self.itemNumber = itemNumber
    self.customerID = customerID
    self.paymentReference = paymentReference
    self.amount = amount
    self.reason = reason
  }
}
