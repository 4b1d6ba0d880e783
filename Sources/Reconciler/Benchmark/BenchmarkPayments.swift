import Receivables

/// The generated payments of a benchmark run and their ground truth.
struct BenchmarkPayments {
  var payments: [PaymentBalance] = []
  var truth = GroundTruth()
  let ledger: BenchmarkLedger
  var random: BenchmarkRandom
  /// Items a payment already pays: no two payments are generated for one item.
  var used: [Bool]
  var withReference: [Int32] = []
  var withoutReference: [Int32] = []
  var cursors = (reference: 0, plain: 0, credit: 0)
  /// Payments by structured reference, for reversals to take back.
  var reversible: [Int32] = []

  /// The kinds and how many in a hundred payments are of each.
  static let mix: [(GroundTruth.Kind, Double)] = [
    (.structuredReference, 22), (.remittanceReference, 8), (.documentNumber, 23.5),
    (.garbledNumber, 2),
    (.partial, 4), (.combined, 4), (.knownPayer, 10), (.knownPayerSet, 3), (.nameAndAmount, 6),
    (.looseName, 1), (.overpayment, 2), (.withinTolerance, 1), (.netOfCreditNote, 1),
    (.typoKnownPayer, 1), (.typoUnknownPayer, 0.5), (.unrelated, 5), (.knownPayerUnrelated, 2),
    (.reversal, 2), (.debit, 2),
  ]

  init(count: Int, ledger: BenchmarkLedger, random: BenchmarkRandom) {
    self.ledger = ledger
    self.random = random
    used = Array(repeating: false, count: ledger.items.count)
    for (index, item) in ledger.items.enumerated()
    where item.kind == .invoice && !ledger.isReferred[index] {
      if item.paymentReference != nil {
        withReference.append(Int32(index))
      } else {
        withoutReference.append(Int32(index))
      }
    }
    withReference = shuffled(withReference)
    withoutReference = shuffled(withoutReference)
    payments.reserveCapacity(count)
    for _ in 0..<count { addPayment() }
  }

  private mutating func shuffled(_ values: [Int32]) -> [Int32] {
    var values = values
    guard values.count > 1 else { return values }
    for index in stride(from: values.count - 1, to: 0, by: -1) {
      values.swapAt(index, random.int(0...index))
    }
    return values
  }

  private mutating func addPayment() {
    var roll = Double(random.next() % 100_000) / 1_000
    var kind = GroundTruth.Kind.unrelated
    for (candidate, share) in Self.mix {
      if roll < share {
        kind = candidate
        break
      }
      roll -= share
    }
    generate(kind)
  }

  /// The next unused item, from the items with an RF reference or from all.
  mutating func nextItem(withReference wanted: Bool) -> Int32? {
    while true {
      let fromReference = wanted || cursors.plain >= withoutReference.count
      let list = fromReference ? withReference : withoutReference
      let cursor = fromReference ? cursors.reference : cursors.plain
      guard cursor < list.count else { return nil }
      if fromReference { cursors.reference += 1 } else { cursors.plain += 1 }
      if !used[Int(list[cursor])] {
        used[Int(list[cursor])] = true
        return list[cursor]
      }
    }
  }
}
