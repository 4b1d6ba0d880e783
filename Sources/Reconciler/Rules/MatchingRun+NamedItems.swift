import Receivables

extension MatchingRun {
  /// An item a payment names by reference or number, with the rule that accepts it.
  struct NamedItem {
    let item: Int32
    let rule: MatchRule
    let confidence: Int
    let evidence: Decision.Evidence
  }

  /// Rules 1 and 2: pays the items the payment names by a payment reference or a document
  /// number, oldest first; writes off a rest within the tolerance.
  /// - Returns: whether anything was allocated.
  mutating func payNamedItems(_ clues: PaymentClues) -> Bool {
    guard rest[Int(clues.payment)] > 0 else { return false }
    let (named, contested) = namedItems(clues)
    if contested { contest(clues.payment) }
    var last: Int?
    for entry in named {
      let amount = allocate(
        clues.payment, to: entry.item, rule: entry.rule, confidence: entry.confidence,
        evidence: entry.evidence)
      if amount > 0 { last = decisions.count - 1 }
    }
    if let last { writeOffRest(after: last) }
    return last != nil
  }

  /// The items the payment names and the rules accept, oldest first, and whether its numbers
  /// contradict its amount. A reference naming items of several customers, or a number naming
  /// several items, names none.
  func namedItems(_ clues: PaymentClues) -> (items: [NamedItem], contested: Bool) {
    var named: [NamedItem] = []
    for printed in Self.distinct(clues.references.map(\.printed)) {
      let hits = clues.references.filter { $0.printed == printed && isOpenInvoice($0.item, clues) }
      guard let first = hits.first,
        hits.allSatisfy({ book.customer($0.item) == book.customer(first.item) })
      else { continue }
      for hit in hits where !named.contains(where: { $0.item == hit.item }) {
        named.append(
          NamedItem(
            item: hit.item, rule: hit.structured ? .structuredReference : .remittanceReference,
            confidence: hit.structured ? 100 : 95, evidence: .reference(printed: hit.printed)))
      }
    }
    let numbers = acceptedNumbers(clues, besides: named.map(\.item))
    named += numbers.items
    return (named.sorted { book.age[Int($0.item)] < book.age[Int($1.item)] }, numbers.contested)
  }

  /// Whether `item` is an invoice with something open in the payment's currency.
  func isOpenInvoice(_ item: Int32, _ clues: PaymentClues) -> Bool {
    book.isInvoice(item, in: clues.currency) && open[Int(item)] > 0
  }

  static func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
