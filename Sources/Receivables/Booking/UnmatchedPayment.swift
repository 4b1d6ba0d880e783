/// A payment left with money unallocated after a reconciliation, as the unmatched file lists
/// it: what is left, why, and the best suggestions.
///
/// Its JSON form is stored with each reconciliation in the ledger; the coding keys are part of
/// that record and never change.
public struct UnmatchedPayment: Hashable, Sendable {
  /// Why it is listed.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Nothing of it is allocated.
    case payment
    /// Part of it is allocated; the rest is the customer's credit or waits for a person.
    case surplus
    /// A reversal or returned payment whose original no rule could find.
    case reversal
    /// A person took its allocation back; only a person allocates it again.
    case manual
  }

  public var kind: Kind
  /// The bank's own reference (camt `AcctSvcrRef`, MT940 bank reference), else arflow's id.
  public var bankReference: String
  /// arflow's identity of the payment, as `arflow allocate` takes it.
  public var paymentID: String
  public var bookingDate: LocalDate
  public var payerName: String?
  public var payerIBAN: String?
  public var remittance: String?
  /// What is left (negative for a reversal).
  public var unallocated: Money
  public var note: String?
  /// The best suggestions, highest score first; empty when nothing comes close.
  public var suggestions: [Suggestion]

  public init(
    kind: Kind, payment: Payment, unallocated: Money, note: String? = nil,
    suggestions: [Suggestion] = []
  ) {
    self.kind = kind
    bankReference = payment.servicerReference ?? payment.bankReference
    paymentID = payment.bankReference
    bookingDate = payment.bookingDate
    payerName = payment.counterpartyName
    payerIBAN = payment.counterpartyIBAN
    remittance = [payment.structuredReference, payment.remittanceText].compactMap { $0 }
      .joined(separator: " ")
    self.unallocated = unallocated
    self.note = note
    self.suggestions = suggestions
  }

  /// What is left of the payment with nothing more said: `payment` when nothing of it was
  /// allocated, else `surplus`.
  public init(leftOf balance: PaymentBalance, unallocated: Money, suggestions: [Suggestion]) {
    let untouched = unallocated == balance.payment.amount
    self.init(
      kind: untouched ? .payment : .surplus, payment: balance.payment, unallocated: unallocated,
      note: untouched
        ? nil : "the rest after its allocations: the customer's credit, or for a person to place",
      suggestions: suggestions)
  }
}

extension UnmatchedPayment: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, bankReference, paymentID, bookingDate, payerName, payerIBAN, remittance
    case unallocatedMinor, currency, note, suggestions
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    kind = try values.decode(Kind.self, forKey: .kind)
    bankReference = try values.decode(String.self, forKey: .bankReference)
    paymentID = try values.decode(String.self, forKey: .paymentID)
    bookingDate = try values.decode(LocalDate.self, forKey: .bookingDate)
    payerName = try values.decodeIfPresent(String.self, forKey: .payerName)
    payerIBAN = try values.decodeIfPresent(String.self, forKey: .payerIBAN)
    remittance = try values.decodeIfPresent(String.self, forKey: .remittance)
    let code = try values.decode(String.self, forKey: .currency)
    let currency: Currency
    do {
      currency = try Currency(code: code)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .currency, in: values, debugDescription: error.message)
    }
    unallocated = Money(
      minorUnits: try values.decode(Int64.self, forKey: .unallocatedMinor), currency: currency)
    note = try values.decodeIfPresent(String.self, forKey: .note)
    suggestions = try values.decode([Suggestion].self, forKey: .suggestions)
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(kind, forKey: .kind)
    try values.encode(bankReference, forKey: .bankReference)
    try values.encode(paymentID, forKey: .paymentID)
    try values.encode(bookingDate, forKey: .bookingDate)
    try values.encodeIfPresent(payerName, forKey: .payerName)
    try values.encodeIfPresent(payerIBAN, forKey: .payerIBAN)
    try values.encodeIfPresent(remittance, forKey: .remittance)
    try values.encode(unallocated.minorUnits, forKey: .unallocatedMinor)
    try values.encode(unallocated.currency.code, forKey: .currency)
    try values.encodeIfPresent(note, forKey: .note)
    try values.encode(suggestions, forKey: .suggestions)
  }
}
