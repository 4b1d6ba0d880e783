public import Receivables

/// One customer's dunning letter: what it asks, in which language, and what it prints.
public struct ReminderLetter: Sendable {
  public let customer: Customer
  /// What the letter asks to be paid.
  public let total: Money
  public let language: Language
  /// The one reference the payment box and QR code carry; nil when the single item has none.
  public let paymentReference: PaymentReference?
  /// The laid-out letter.
  public let document: LetterDocument
}
