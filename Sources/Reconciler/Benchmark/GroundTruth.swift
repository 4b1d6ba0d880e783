/// What each generated payment is known to pay: the allocations a careful bookkeeper would
/// make, and whether the rules can be expected to find them.
struct GroundTruth {
  /// How a payment was generated.
  enum Kind: Int, CaseIterable {
    case structuredReference, remittanceReference, documentNumber, garbledNumber, partial, combined
    case knownPayer, knownPayerSet, nameAndAmount, sharedName, looseName, overpayment
    case withinTolerance, netOfCreditNote, typoKnownPayer, typoUnknownPayer, unrelated
    case knownPayerUnrelated, reversal, debit

    /// How the report names it.
    var label: String {
      switch self {
      case .structuredReference: "structured reference"
      case .remittanceReference: "reference in text"
      case .documentNumber: "number in text"
      case .garbledNumber: "number garbled"
      case .partial: "partial"
      case .combined: "combined (2-3 items)"
      case .knownPayer: "known payer, 1 item"
      case .knownPayerSet: "known payer, set"
      case .nameAndAmount: "name and amount"
      case .sharedName: "shared name (ambiguous)"
      case .looseName: "loose name"
      case .overpayment: "overpayment"
      case .withinTolerance: "within tolerance"
      case .netOfCreditNote: "net of credit note"
      case .typoKnownPayer: "typo, known payer"
      case .typoUnknownPayer: "typo, unknown payer"
      case .unrelated: "unrelated"
      case .knownPayerUnrelated: "known payer, no item"
      case .reversal: "reversal/return"
      case .debit: "debit"
      }
    }
  }

  private(set) var kinds: [Kind] = []
  private(set) var matchable: [Bool] = []
  private(set) var start: [Int32] = [0]
  private(set) var items: [Int32] = []
  private(set) var amounts: [Int64] = []
  /// For a reversal, the payment it takes back; -1 otherwise.
  private(set) var reversalOf: [Int32] = []

  mutating func add(
    _ kind: Kind, matchable: Bool, expected: [(item: Int32, amount: Int64)], reverses: Int32 = -1
  ) {
    kinds.append(kind)
    self.matchable.append(matchable)
    for entry in expected {
      items.append(entry.item)
      amounts.append(entry.amount)
    }
    start.append(Int32(items.count))
    reversalOf.append(reverses)
  }

  /// The expected allocations of payment `payment`.
  func expected(_ payment: Int) -> [(item: Int32, amount: Int64)] {
    (Int(start[payment])..<Int(start[payment + 1])).map { (items[$0], amounts[$0]) }
  }
}
