/// Money received from (or returned to) a customer, as the bank booked it.
public struct Payment: Hashable, Sendable, Identifiable {
  /// arflow's identity of the booking, which makes booking it twice impossible:
  /// `acct:ACCOUNT:REF:DATE:AMOUNT` when the bank gives its own reference (`servicerReference`),
  /// else `hash:` and the FNV-1a hash of the booking's fields (`#2` … for identical twins on one
  /// day). A reader hands over the bank's reference here; the statement normaliser turns it
  /// into the identity.
  public var bankReference: String
  public var bookingDate: LocalDate
  public var valueDate: LocalDate
  /// Positive for money received, negative for money leaving the account.
  public var amount: Money
  public var counterpartyName: String?
  public var counterpartyIBAN: String?
  /// The structured creditor reference the payer quoted (RF, OGM, …), as written.
  public var structuredReference: String?
  /// The free remittance text.
  public var remittanceText: String?
  public var endToEndID: String?
  public var source: SourceLocation
  /// The creditor's own account the booking is on (IBAN or account number as the bank wrote it).
  public var account: String?
  /// True when the booking reverses an earlier one (a returned credit, a reversed debit):
  /// never matched against invoices; reconciliation undoes what the original paid.
  public var isReversal = false
  /// The SEPA return or reject reason of an R-transaction (`AC04`, `MD06`, `MS03`…).
  public var returnReason: String?
  /// The bank transaction code as written (`PMNT/RCDT/ESCT`, `NTRF 166`, a CODA or BAI2 code).
  public var transactionCode: String?
  /// The direct-debit mandate reference, when the booking names one.
  public var mandateID: String?
  /// The ultimate debtor, when someone paid on behalf of the debtor.
  public var ultimateDebtor: String?
  /// The bank's own reference of the booking as written (camt `AcctSvcrRef`, the MT940 bank
  /// reference), for the accounting system; `bankReference` is arflow's identity built from it.
  public var servicerReference: String?

  /// Whether the booking is money received that may pay invoices: a credit that is neither a
  /// reversal nor a returned payment.
  public var isIncomingPayment: Bool {
    amount.isPositive && !isReversal && returnReason == nil
  }

  public init(
    bankReference: String, bookingDate: LocalDate, valueDate: LocalDate, amount: Money,
    counterpartyName: String? = nil, counterpartyIBAN: String? = nil,
    structuredReference: String? = nil, remittanceText: String? = nil, endToEndID: String? = nil,
    source: SourceLocation
  ) {
    self.bankReference = bankReference
    self.bookingDate = bookingDate
    self.valueDate = valueDate
    self.amount = amount
    self.counterpartyName = counterpartyName
    self.counterpartyIBAN = counterpartyIBAN
    self.structuredReference = structuredReference
    self.remittanceText = remittanceText
    self.endToEndID = endToEndID
    self.source = source
  }

  public var id: String { bankReference }
}
