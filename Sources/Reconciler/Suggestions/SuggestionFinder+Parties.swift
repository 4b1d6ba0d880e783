import Receivables

extension SuggestionFinder {
  /// Items of the customer the IBAN or the name points to: open for exactly the amount (but
  /// not the only one), within the tolerance, adding up to it in more than one way, or the
  /// oldest open invoice, which the payment would pay in part.
  func partyCandidates(_ clues: PaymentClues) -> [Candidate] {
    var parties: [(customer: Int32, why: String, score: Int)] = []
    if clues.payer >= 0 {
      parties.append((clues.payer, "the payer's IBAN belongs to", 70))
    }
    let nameScore = clues.namedCustomers.count == 1 ? 65 : 55
    let nameWhy =
      clues.namedCustomers.count == 1
      ? "the payer's name matches"
      : "the payer's name matches \(clues.namedCustomers.count) customers, among them"
    for customer in clues.namedCustomers.prefix(3) where customer != clues.payer {
      parties.append((customer, nameWhy, nameScore))
    }
    let amount = run.rest[Int(clues.payment)]
    var found: [Candidate] = []
    for party in parties {
      let who = "\(party.why) \(run.book.customers.describe(party.customer))"
      let equal = run.invoices(of: party.customer, currency: clues.currency, open: amount)
      for item in equal.prefix(3) {
        let others =
          equal.count > 1 ? ", but \(equal.count) of its items have that amount open" : ""
        found.append(
          Candidate(
            items: [item], score: party.score,
            reason: "\(who) and invoice \(run.book.number(item)) has exactly the payment's "
              + "amount open\(others)"))
      }
      let combinations = run.combinationsPaying(
        amount, customer: party.customer, currency: clues.currency)
      for combination in combinations {
        let numbers = combination.map { run.book.number($0) }.joined(separator: " + ")
        found.append(
          Candidate(
            items: combination, score: party.score - 15,
            reason: "\(who) and \(numbers) add up to the payment, but \(combinations.count) "
              + "combinations of its items do"))
      }
      for item in run.invoicesWithinTolerance(
        amount, customer: party.customer, currency: clues.currency
      )
      .prefix(2) {
        found.append(
          Candidate(
            items: [item], score: party.score - 10,
            reason: "\(who) and invoice \(run.book.number(item)) has "
              + "\(Self.spell(run.open[Int(item)], run, item)) open, within the tolerance of the payment"
          ))
      }
      if equal.isEmpty, combinations.isEmpty,
        let oldest = run.book.customers.invoices(of: party.customer).first(where: {
          run.isOpen($0, clues.currency)
        })
      {
        found.append(
          Candidate(
            items: [oldest], score: 30,
            reason: "\(who); invoice \(run.book.number(oldest)) is its oldest open item "
              + "(\(Self.spell(run.open[Int(oldest)], run, oldest)) open), the amount differs"))
      }
    }
    return found
  }

  /// Customers whose name resembles the payer's (a truncated or reworded name) with an
  /// invoice open for exactly the amount.
  func looseNameCandidates(_ clues: PaymentClues) -> [Candidate] {
    guard clues.hasNoParty,
      let name = run.payments[Int(clues.payment)].payment.counterpartyName
    else { return [] }
    let amount = run.rest[Int(clues.payment)]
    var found: [Candidate] = []
    for match in run.book.customers.customers(resembling: PartyName(name), limit: 3) {
      for item in run.invoices(of: match.customer, currency: clues.currency, open: amount).prefix(2)
      {
        found.append(
          Candidate(
            items: [item], score: 35 + Int(match.similarity * 20),
            reason:
              "the payer's name '\(name)' resembles \(run.book.customers.describe(match.customer)) "
              + "(\(Int(match.similarity * 100))% of the words) and invoice \(run.book.number(item)) "
              + "has exactly the payment's amount open"))
      }
    }
    return found
  }

  /// The open items anywhere with exactly the payment's amount open, when there are at most
  /// three: a weak hint, nothing else links them.
  func sameAmountCandidates(_ clues: PaymentClues) -> [Candidate] {
    let amount = run.rest[Int(clues.payment)]
    let key = AmountKey(customer: -1, currency: clues.currency, minorUnits: amount)
    let items = Array(
      run.book.byAmount.positions(under: key).lazy.filter { run.open[Int($0)] == amount }.prefix(4))
    guard (1...3).contains(items.count) else { return [] }
    return items.map { item in
      Candidate(
        items: [item], score: 20,
        reason: "\(run.book.describe(item)) is one of only \(items.count) open items with exactly "
          + "the payment's amount open; nothing else links the payment to it")
    }
  }
}
