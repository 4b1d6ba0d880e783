public import Receivables

/// One customer's reminder letter: the reminders it carries, what it asks, and what it prints.
public struct ReminderLetter: Sendable {
  public let customer: Customer
  public let reminders: [Reminder]
  /// Open amounts plus fees plus interest of every reminder on the letter.
  public let total: Money
  public let language: Language
  /// The references printed for the customer to quote, in table order.
  public let paymentReferences: [PaymentReference]
  /// The laid-out letter.
  public let document: LetterDocument
}
