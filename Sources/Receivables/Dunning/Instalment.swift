/// One payment of an arrangement: an obligation with its own due date and its own RF reference,
/// matched like an invoice.
public struct Instalment: Sendable, Hashable {
  /// 1 for the first instalment.
  public var number: Int
  public var dueDate: LocalDate
  public var amount: Money
  /// The RF creditor reference the customer quotes for this instalment.
  public var reference: PaymentReference
  /// What has been paid toward it so far.
  public var paid: Money
  /// The day its reminder was sent, when it was missed; nil when none was sent.
  public var remindedOn: LocalDate?

  public init(
    number: Int, dueDate: LocalDate, amount: Money, reference: PaymentReference,
    paid: Money? = nil, remindedOn: LocalDate? = nil
  ) {
    self.number = number
    self.dueDate = dueDate
    self.amount = amount
    self.reference = reference
    self.paid = paid ?? .zero(amount.currency)
    self.remindedOn = remindedOn
  }

  /// Whether it is paid in full.
  public var isPaid: Bool { paid.minorUnits >= amount.minorUnits }

  /// What is still to be paid.
  public var openAmount: Money {
    Money(minorUnits: max(0, amount.minorUnits - paid.minorUnits), currency: amount.currency)
  }

  /// Whether it is missed on `date`: unpaid more than `graceDays` after its due date.
  public func isMissed(on date: LocalDate, graceDays: Int) -> Bool {
    !isPaid && dueDate.adding(days: graceDays) < date
  }
}
