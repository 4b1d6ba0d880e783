import Receivables

extension MatchingRun {
  /// How far a document number in the text can be trusted on its own.
  enum NumberStrength {
    /// Confirmed by the payer, and long or announced enough to be a document number.
    case strong
    /// Could be a date, a postcode or a typo: accepted only when the amount confirms it.
    case weak
    /// Two digits with a prefix ("F24") from a payer who is not the customer: never.
    case tooShort
  }

  /// Rule 2: the items named by document numbers that the guards accept (see
  /// ``strength(of:_:)``). A number naming
  /// several open items is narrowed to the payer's, then to the one written letter for
  /// letter; otherwise it names none. Weak numbers count only when the payment's amount
  /// equals what the named items have open together.
  /// - Returns: the accepted items, and whether the numbers contradict the amount (see
  ///   ``amountPointsElsewhere(_:named:)``), in which case none is accepted.
  func acceptedNumbers(_ clues: PaymentClues, besides referenced: [Int32]) -> (
    items: [NamedItem], contested: Bool
  ) {
    var strong: [PaymentClues.NumberHit] = []
    var weak: [PaymentClues.NumberHit] = []
    for token in Set(clues.numbers.map(\.token)).sorted() {
      var hits = clues.numbers.filter {
        $0.token == token && isOpenInvoice($0.item, clues) && !referenced.contains($0.item)
      }
      if hits.count > 1, hits.contains(where: { clues.paidBy(book.customer($0.item)) }) {
        hits = hits.filter { clues.paidBy(book.customer($0.item)) }
      }
      if hits.count > 1, hits.contains(where: \.exactForm) { hits = hits.filter(\.exactForm) }
      guard hits.count == 1, let hit = hits.first,
        !strong.contains(where: { $0.item == hit.item }),
        !weak.contains(where: { $0.item == hit.item })
      else { continue }
      switch strength(of: hit, clues) {
      case .strong: strong.append(hit)
      case .weak: weak.append(hit)
      case .tooShort: continue
      }
    }
    let referencedOpen = referenced.reduce(Int64(0)) { $0 &+ open[Int($1)] }
    let strongOpen = strong.reduce(referencedOpen) { $0 &+ open[Int($1.item)] }
    let allOpen = weak.reduce(strongOpen) { $0 &+ open[Int($1.item)] }
    let payment = rest[Int(clues.payment)]
    let accepted = weak.isEmpty || allOpen != payment ? strong : strong + weak
    let amountConfirms = (accepted.count == strong.count ? strongOpen : allOpen) == payment
    if !accepted.isEmpty, !amountConfirms,
      amountPointsElsewhere(clues, named: referenced + accepted.map(\.item))
    {
      return ([], true)
    }
    let items = accepted.map { hit in
      let payerConfirms = payerResembles(book.customer(hit.item), clues)
      let confidence = amountConfirms ? 90 : 85
      return NamedItem(
        item: hit.item, rule: .documentNumber, confidence: confidence,
        evidence: .number(
          written: hit.written, payerConfirms: payerConfirms))
    }
    return (items, false)
  }

  /// Whether the payer's customer has another open invoice with exactly the payment's amount
  /// open: then a number naming an invoice with a different amount is more likely a typo
  /// (of a number of the same series) than a partial payment. Neither is applied: the amount
  /// rules leave the payment alone too, and a person decides from the suggestions.
  func amountPointsElsewhere(_ clues: PaymentClues, named: [Int32]) -> Bool {
    let customers = clues.payer >= 0 ? [clues.payer] : clues.namedCustomers.prefix(1).map { $0 }
    let amount = rest[Int(clues.payment)]
    return customers.contains { customer in
      invoices(of: customer, currency: clues.currency, open: amount).contains {
        !named.contains($0)
      }
    }
  }

  /// Strong: confirmed by the payer (the IBAN or the name points to the item's customer, or
  /// the name resembles its name) and long or announced enough: at least 5 significant
  /// characters; or at least 3 and a document word or prefix; or the whole number letter for
  /// letter, prefix and zeros included ("F0000090").
  /// Anything else is weak: it counts only when the amount confirms it, for a number with a
  /// typo names another real invoice as easily as the right one.
  func strength(of hit: PaymentClues.NumberHit, _ clues: PaymentClues) -> NumberStrength {
    let customer = book.customer(hit.item)
    let resembles = payerResembles(customer, clues)
    if hit.length < 3, !hit.exactForm { return resembles ? .weak : .tooShort }
    guard !clues.conflicts(with: customer), resembles else { return .weak }
    let fullLength = DocumentNumber.fullForm(of: book.number(hit.item)).utf8.count
    let copied = hit.exactForm && hit.hasLetters && fullLength >= 5
    let announced = hit.labelled || copied
    return hit.length >= 5 || (announced && (hit.length >= 3 || copied)) ? .strong : .weak
  }

  /// Whether the payer's IBAN or name points to `customer`, or the payer's name shares at
  /// least half its words with the customer's (a truncated or reworded name).
  func payerResembles(_ customer: Int32, _ clues: PaymentClues) -> Bool {
    if clues.paidBy(customer) { return true }
    guard let name = payments[Int(clues.payment)].payment.counterpartyName,
      let party = book.customers.partyNames[Int(customer)]
    else { return false }
    return PartyName(name).similarity(to: party) >= 0.5
  }
}
