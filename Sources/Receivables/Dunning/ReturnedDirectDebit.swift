/// A direct debit the customer's bank returned, waiting for its second-chance notice.
public struct ReturnedDirectDebit: Sendable, Hashable {
  /// The item the debit was to pay.
  public var itemNumber: String
  public var customerID: String
  /// The returned booking's id (`Payment.bankReference`).
  public var paymentID: String
  public var returnedOn: LocalDate
  /// The SEPA return reason, `AM04`, `MD06`; nil when the bank gave none.
  public var reason: String?

  public init(
    itemNumber: String, customerID: String, paymentID: String, returnedOn: LocalDate,
    reason: String? = nil
  ) {
    self.itemNumber = itemNumber
    self.customerID = customerID
    self.paymentID = paymentID
    self.returnedOn = returnedOn
    self.reason = reason
  }
}
