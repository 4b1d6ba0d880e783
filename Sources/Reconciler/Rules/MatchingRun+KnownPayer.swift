import Receivables

extension MatchingRun {
  /// Rule 3: the payer's IBAN belongs to a customer, and the payment equals what one of its
  /// invoices has open, or what the fewest of its oldest invoices have open together. When
  /// several invoices (or combinations) fit, the oldest are paid first, at a lower confidence:
  /// the money is the customer's either way, and leaving it unallocated would remind them of
  /// both. An invoice open for slightly more (within the tolerance) is only suggested: among a
  /// large customer's invoices one is too often that close by chance. Only payments of which
  /// nothing is allocated yet.
  /// - Returns: whether anything was allocated.
  mutating func payKnownPayer(_ clues: PaymentClues) -> Bool {
    let position = Int(clues.payment)
    let amount = rest[position]
    guard clues.payer >= 0, amount > 0, !touched[position], !contested[position],
      payments[position].isUntouched,
      let iban = payments[position].payment.counterpartyIBAN
    else { return false }
    let equal = invoices(of: clues.payer, currency: clues.currency, open: amount)
    if !equal.isEmpty {
      allocate(
        clues.payment, to: equal[0], rule: .knownPayer, confidence: equal.count == 1 ? 85 : 75,
        evidence: equal.count == 1
          ? .payerAccount(iban: iban, items: equal)
          : .payerAccountOldest(iban: iban, items: [equal[0]], alike: equal.count))
      return true
    }
    let combinations = combinationsPaying(amount, customer: clues.payer, currency: clues.currency)
    guard let oldest = combinations.first else { return false }
    for item in oldest {
      allocate(
        clues.payment, to: item, rule: .knownPayer, confidence: combinations.count == 1 ? 80 : 75,
        evidence: combinations.count == 1
          ? .payerAccount(iban: iban, items: oldest)
          : .payerAccountOldest(iban: iban, items: oldest, alike: combinations.count))
    }
    return true
  }

  /// The combinations (at most 3) of the fewest of the customer's oldest open invoices that
  /// add up to `amount`, each oldest first.
  func combinationsPaying(_ amount: Int64, customer: Int32, currency: UInt16) -> [[Int32]] {
    let candidates = book.customers.invoices(of: customer).lazy.filter {
      self.isOpen($0, currency) && self.open[Int($0)] < amount
    }.prefix(settings.maxSubsetItems)
    let items = Array(candidates)
    return SubsetSum.fewestAddingUp(
      items.map { open[Int($0)] }, to: amount, maxSize: settings.maxSubsetSize, limit: 3
    ).map { $0.map { items[$0] } }
  }

  /// The customer's open invoices with more than `amount` but at most the tolerance more
  /// open, oldest first (at most the 1,000 oldest invoices are looked at).
  func invoicesWithinTolerance(_ amount: Int64, customer: Int32, currency: UInt16) -> [Int32] {
    let tolerance = tolerance(currency)
    guard tolerance > 0 else { return [] }
    return book.customers.invoices(of: customer).prefix(1000).filter {
      isOpen($0, currency) && open[Int($0)] > amount && open[Int($0)] - amount <= tolerance
    }
  }

  /// Whether `item` is an invoice of `currency` with something open.
  func isOpen(_ item: Int32, _ currency: UInt16) -> Bool {
    book.isInvoice(item, in: currency) && open[Int(item)] > 0
  }
}
