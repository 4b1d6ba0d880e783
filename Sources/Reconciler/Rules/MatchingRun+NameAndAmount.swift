import Receivables

extension MatchingRun {
  /// Rule 4: the payer's name reads as exactly one customer's (and the IBAN, if known, is that
  /// customer's), and the payment equals what exactly one of its invoices has open. Only
  /// payments of which nothing is allocated yet.
  /// - Returns: whether anything was allocated.
  mutating func payByNameAndAmount(_ clues: PaymentClues) -> Bool {
    let position = Int(clues.payment)
    let amount = rest[position]
    guard clues.namedCustomers.count == 1, amount > 0, !touched[position], !contested[position],
      payments[position].isUntouched, let name = payments[position].payment.counterpartyName
    else { return false }
    let customer = clues.namedCustomers[0]
    guard clues.payer < 0 || clues.payer == customer else { return false }
    let equal = invoices(of: customer, currency: clues.currency, open: amount)
    guard equal.count == 1 else { return false }
    allocate(
      clues.payment, to: equal[0], rule: .nameAndAmount, confidence: 70,
      evidence: .payerName(name: name))
    return true
  }
}
