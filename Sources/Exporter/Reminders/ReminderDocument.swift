public import Receivables

/// What one dunning document is about, as the plan decided it: to whom, what it asks, by when,
/// and the lines of its table. The composer words it; it decides nothing.
public struct ReminderDocument: Sendable {
  /// One row of the document's table: an invoice, a credit note or a missed instalment.
  public struct Line: Sendable {
    /// The invoice number, or the instalment's own reference for a missed instalment.
    public var number: String
    public var issueDate: LocalDate?
    public var dueDate: LocalDate?
    /// The amount as invoiced; nil when it is the open amount (an instalment).
    public var amount: Money?
    public var openAmount: Money
    public var daysOverdue: Int?
    public var state: DocumentItemState
    /// The last earlier document that asked for this item ("already reminded on …").
    public var lastRemindedOn: LocalDate?

    public init(
      number: String, issueDate: LocalDate? = nil, dueDate: LocalDate? = nil, amount: Money? = nil,
      openAmount: Money, daysOverdue: Int? = nil, state: DocumentItemState = .reminded,
      lastRemindedOn: LocalDate? = nil
    ) {
      self.number = number
      self.issueDate = issueDate
      self.dueDate = dueDate
      self.amount = amount
      self.openAmount = openAmount
      self.daysOverdue = daysOverdue
      self.state = state
      self.lastRemindedOn = lastRemindedOn
    }

    /// A line for an open item.
    public init(
      item: OpenItem, daysOverdue: Int, state: DocumentItemState, lastRemindedOn: LocalDate?
    ) {
      self.init(
        number: item.number, issueDate: item.issueDate, dueDate: item.dueDate, amount: item.amount,
        openAmount: item.openAmount, daysOverdue: daysOverdue, state: state,
        lastRemindedOn: lastRemindedOn)
    }

    /// What was paid or credited so far: the amount less what is open; nil without an amount.
    public var settled: Money? {
      guard let amount, amount.currency == openAmount.currency else { return nil }
      return Money(minorUnits: amount.minorUnits - openAmount.minorUnits, currency: amount.currency)
    }
  }

  public var kind: DunningDocumentKind
  /// The template's name: `mappings/templates/LANG/TEMPLATE.mustache`.
  public var template: String
  public var customer: Customer
  /// What the document asks to be paid: the lines it asks, in its currency.
  public var total: Money
  /// The one reference the customer quotes (the single item's, the instalment's, or the
  /// document's own RF); nil when the single item asked has none.
  public var reference: PaymentReference?
  /// What to quote without a structured reference: the single item's own reference text as
  /// the invoice asked for it ("Order 7781"), or its number.
  public var remittance: String?
  /// The day the document asks payment by.
  public var payBy: LocalDate
  public var lines: [Line]

  public init(
    kind: DunningDocumentKind, template: String, customer: Customer, total: Money,
    reference: PaymentReference?, remittance: String? = nil, payBy: LocalDate, lines: [Line]
  ) {
    self.kind = kind
    self.template = template
    self.customer = customer
    self.total = total
    self.reference = reference
    self.remittance = remittance
    self.payBy = payBy
    self.lines = lines
  }

  public var currency: Currency { total.currency }
  /// Some item on the document was asked for in an earlier document.
  public var remindedBefore: Bool { lines.contains { $0.lastRemindedOn != nil } }
}
