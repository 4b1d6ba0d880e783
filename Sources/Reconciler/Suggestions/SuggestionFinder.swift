import Receivables

/// Looks for what an unmatched payment may pay, once every rule has had its turn: the
/// matches the rules did not dare to apply, ranked for a person to decide.
struct SuggestionFinder: Sendable {
  let run: MatchingRun

  /// A suggestion before it is written out.
  struct Candidate {
    let items: [Int32]
    let score: Int
    let reason: String
  }

  /// The best suggestions for the payment at `position`, highest score first.
  func suggestions(for clues: PaymentClues) -> [Suggestion] {
    var candidates = referenceCandidates(clues) + numberCandidates(clues)
    candidates += partyCandidates(clues) + looseNameCandidates(clues)
    if candidates.isEmpty { candidates = sameAmountCandidates(clues) }
    var seen = Set<[Int32]>()
    let ranked = candidates.sorted {
      $0.score > $1.score
        || ($0.score == $1.score && run.book.age[Int($0.items[0])] < run.book.age[Int($1.items[0])])
    }
    return ranked.filter { seen.insert($0.items).inserted }.prefix(
      run.settings.suggestionsPerPayment
    )
    .map { candidate in
      Suggestion(
        itemNumbers: candidate.items.map { run.book.number($0) },
        customerID: run.book.customers.ids[Int(run.book.customer(candidate.items[0]))],
        score: candidate.score, reason: candidate.reason.compacted)
    }
  }

  /// References naming items the rules could not pay: of several customers, or in another
  /// currency.
  func referenceCandidates(_ clues: PaymentClues) -> [Candidate] {
    clues.references.compactMap { hit in
      let item = hit.item
      guard run.book.role[Int(item)] == .invoice, run.open[Int(item)] > 0 else { return nil }
      let described = run.book.describe(item)
      if run.book.itemCurrency[Int(item)] != clues.currency {
        return Candidate(
          items: [item], score: 40,
          reason: "reference \(hit.printed) names \(described), but that invoice is in "
            + "\(run.book.currencies[Int(run.book.itemCurrency[Int(item)])].code) and the "
            + "payment in \(run.payments[Int(clues.payment)].unallocated.currency.code)")
      }
      return Candidate(
        items: [item], score: 75,
        reason: "reference \(hit.printed) is the payment reference of \(described), but also "
          + "of another customer's item")
    }
  }

  /// Document numbers the guards did not accept.
  func numberCandidates(_ clues: PaymentClues) -> [Candidate] {
    let amount = run.rest[Int(clues.payment)]
    return clues.numbers.compactMap { hit in
      guard run.isOpen(hit.item, clues.currency) else { return nil }
      let customer = run.book.customer(hit.item)
      let siblings = clues.numbers.filter {
        $0.token == hit.token && run.isOpen($0.item, clues.currency)
      }.count
      let equal = run.open[Int(hit.item)] == amount
      let score = min(
        85, 45 + (hit.labelled ? 15 : 0) + (equal ? 15 : 0) + (clues.paidBy(customer) ? 15 : 0))
      let why =
        siblings > 1
        ? "the number fits \(siblings) open items"
        : clues.conflicts(with: customer)
          ? "the payer's account or name belongs to another customer"
          : equal
            ? "the number alone is too short to be sure"
            : "the number is too short to be sure and the amount differs"
      return Candidate(
        items: [hit.item], score: score,
        reason: "the remittance text names '\(hit.written)', which may be "
          + "\(run.book.describe(hit.item)) (\(Self.spell(run.open[Int(hit.item)], run, hit.item)) "
          + "open); not applied because \(why)")
    }
  }

  /// An amount as explanations write it: "1,250.00 EUR".
  static func spell(_ minorUnits: Int64, _ run: MatchingRun, _ item: Int32) -> String {
    run.book.money(minorUnits, item: item).spelled
  }
}
