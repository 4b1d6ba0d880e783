/// An invoice or credit note in accounts receivable, with what is still open on it.
public struct OpenItem: Hashable, Sendable, Identifiable {
  /// Whether the item is an invoice (the customer owes) or a credit note (the customer is owed).
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case invoice
    case creditNote
  }

  /// The invoice or credit-note number: text, as the accounting system wrote it.
  public var number: String
  public var kind: Kind
  public var customerID: String
  public var issueDate: LocalDate
  public var dueDate: LocalDate
  /// The original amount; negative for a credit note.
  public var amount: Money
  /// What is still to be paid; zero when settled.
  public var openAmount: Money
  /// The reference the customer is asked to quote when paying.
  public var paymentReference: PaymentReference?
  /// The file and line the item was read from.
  public var source: SourceLocation

  public init(
    number: String, kind: Kind, customerID: String, issueDate: LocalDate, dueDate: LocalDate,
    amount: Money, openAmount: Money, paymentReference: PaymentReference?, source: SourceLocation
  ) {
    self.number = number
    self.kind = kind
    self.customerID = customerID
    self.issueDate = issueDate
    self.dueDate = dueDate
    self.amount = amount
    self.openAmount = openAmount
    self.paymentReference = paymentReference
    self.source = source
  }

  public var id: String { number }
  public var currency: Currency { amount.currency }

  /// Days past the due date on `date`; zero or negative when not yet due.
  public func daysOverdue(on date: LocalDate) -> Int { dueDate.days(until: date) }
}
