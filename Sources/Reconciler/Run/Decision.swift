import Receivables

/// One allocation decided in a run, before it is written out as an ``Allocation``.
struct Decision: Sendable {
  /// What made the rule sure, for the explanation.
  enum Evidence: Sendable {
    /// A payment reference (rule tells whether structured or from the text), as printed.
    case reference(printed: String)
    /// A document number in the text, as written; whether the payer confirms it.
    case number(written: String, payerConfirms: Bool)
    /// The payer's IBAN; the items whose open amounts add up to the payment (one or more).
    case payerAccount(iban: String, items: [Int32])
    /// The payer's IBAN, when several items (or combinations) fit the amount: the oldest were
    /// chosen; `alike` is how many fit.
    case payerAccountOldest(iban: String, items: [Int32], alike: Int)
    /// The payer's name as the bank wrote it.
    case payerName(name: String)
  }

  let payment: Int32
  let item: Int32
  let amount: Int64
  /// What the item had open just before.
  let openBefore: Int64
  /// What the payment had left just after.
  let restAfter: Int64
  let rule: MatchRule
  let confidence: Int
  let evidence: Evidence
  /// The rest of the item written off right after, if any.
  var writtenOff: Int64 = 0
}

/// Part of a credit note's credit set off against an invoice.
struct NettingDecision: Sendable {
  let creditNote: Int32
  let invoice: Int32
  let amount: Int64
  /// Whether the credit note refers to the invoice (otherwise: the customer's oldest invoice).
  let referred: Bool
}
