extension MatchRule {
  /// Rule 1: the payment's structured creditor reference equals the item's payment reference.
  public static let structuredReference = MatchRule(rawValue: "structured-reference")
  /// Rule 1: a valid reference found in the free remittance text equals the item's payment
  /// reference.
  public static let remittanceReference = MatchRule(rawValue: "remittance-reference")
  /// Rule 2: the remittance text names the item's document number.
  public static let documentNumber = MatchRule(rawValue: "document-number")
  /// Rule 3: the payer's IBAN belongs to the customer and the amount equals one open item or a
  /// small set of them.
  public static let knownPayer = MatchRule(rawValue: "known-payer")
  /// Rule 4: the payer's name matches one customer and the amount equals one of its open items.
  public static let nameAndAmount = MatchRule(rawValue: "name-and-amount")
  /// A credit note netted against an invoice of the same customer.
  public static let creditNote = MatchRule(rawValue: "credit-note")
  /// A small difference within the configured tolerance, written off.
  public static let writeOff = MatchRule(rawValue: "write-off")
}

extension MatchRule {
  /// A person allocated it (`arflow allocate`).
  public static let manual = MatchRule(rawValue: "manual")
}
