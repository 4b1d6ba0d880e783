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
  /// The payment reference exactly as the document asked the customer to quote it (e-invoice
  /// BT-83), structured or not; `paymentReference` holds it checked when it has a scheme.
  public var paymentReferenceText: String?
  /// How the due date was arrived at; nil when the source gave no reason (older records).
  public var dueDateBasis: DueDateBasis?
  /// The document type code as written (UNTDID 1001 for e-invoices: 380, 381, 384, …).
  public var typeCode: String?
  /// The invoice this item refers to (a credit note's or correction's BT-25), as written.
  public var precedingInvoice: String?
  /// Why the item is never reminded (accounting information only, …); nil when it may be.
  public var dunningHold: String?
  /// The first day a reminder may go out, when later than the due date (a direct debit is
  /// not dunned before its collection date plus a settling margin).
  public var dunnableFrom: LocalDate?
  /// The dunning schedule the item itself names (an open-items `policy` column); it wins over
  /// the customer's.
  public var dunningPolicy: String?
  /// Things the credit manager should look at, kept with the item (failed business rules, a
  /// correction that does not cancel what it corrects).
  public var warnings: [String] = []
  /// Where the item came from besides the file (envelope sender and receiver, seller, payment
  /// means, mandate), as key and value.
  public var provenance: [String: String] = [:]

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

  /// Whether reminders may go out for the item on `date` (no hold, not before `dunnableFrom`).
  public func mayBeDunned(on date: LocalDate) -> Bool {
    dunningHold == nil && dunnableFrom.map { $0 <= date } ?? true
  }

  /// Days past the due date on `date`; zero or negative when not yet due.
  public func daysOverdue(on date: LocalDate) -> Int { dueDate.days(until: date) }
}
