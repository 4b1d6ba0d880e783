/// Part of an open credit note set off against an open invoice of the same customer.
///
/// Booking it lowers the invoice's open amount by `amount` and raises the credit note's
/// (negative) open amount by `amount`, towards zero.
public struct CreditNetting: Hashable, Sendable {
  public var creditNoteNumber: String
  public var invoiceNumber: String
  public var customerID: String
  /// The amount set off: positive, at most what both have open.
  public var amount: Money
  /// Always ``MatchRule/creditNote``.
  public var rule: MatchRule
  /// 95 for the invoice the credit note refers to, 80 for the customer's oldest invoice.
  public var confidence: Int
  /// Why, in a sentence a bookkeeper can check.
  public var explanation: String

  public init(
    creditNoteNumber: String, invoiceNumber: String, customerID: String, amount: Money,
    rule: MatchRule = .creditNote, confidence: Int, explanation: String
  ) {
    self.creditNoteNumber = creditNoteNumber
    self.invoiceNumber = invoiceNumber
    self.customerID = customerID
    self.amount = amount
    self.rule = rule
    self.confidence = confidence
    self.explanation = explanation
  }
}
