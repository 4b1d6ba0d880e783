import Receivables

extension MatchBenchmarkFigures {
  /// Compares the result with the ground truth.
  mutating func score(
    _ result: MatchingResult, input: MatchingInput, truth: GroundTruth,
    creditNotes: [(note: Int32, invoice: Int32)]
  ) {
    let items = input.items
    let payments = input.payments
    var start = [Int32](repeating: 0, count: payments.count + 1)
    var correctPerPayment = [Int32](repeating: 0, count: payments.count)
    for allocation in result.allocations {
      guard let payment = Int(allocation.paymentReference.dropFirst(3)), payment < payments.count
      else { continue }
      start[payment + 1] += 1
      autoApplied += 1
      let expected = truth.expected(payment)
      if expected.contains(where: {
        items[Int($0.item)].number == allocation.itemNumber
          && $0.amount == allocation.amount.minorUnits
      }) {
        correct += 1
        correctPerPayment[payment] += 1
      } else {
        byKind[truth.kinds[payment].rawValue].wrongAllocations += 1
        wrongByRule[allocation.rule.rawValue, default: 0] += 1
        if wrongExamples.count < 10 {
          let wanted = expected.map { "\(items[Int($0.item)].number) \($0.amount)" }
          wrongExamples.append(
            "\(truth.kinds[payment].label) \(allocation.paymentReference) "
              + "'\(payments[payment].payment.remittanceText ?? "")' expected \(wanted): "
              + "\(allocation.itemNumber) \(allocation.amount.minorUnits) \(allocation.explanation)"
          )
        }
      }
    }
    for index in 1..<start.count { start[index] += start[index - 1] }
    for payment in payments.indices {
      let kind = truth.kinds[payment].rawValue
      byKind[kind].payments += 1
      guard truth.matchable[payment] else { continue }
      matchable += 1
      byKind[kind].matchable += 1
      let count = Int(start[payment + 1] - start[payment])
      let expected = truth.expected(payment).count
      if count == expected, Int(correctPerPayment[payment]) == expected {
        fullyMatched += 1
        byKind[kind].fullyMatched += 1
      } else if missedExamples.count < 10 {
        let balance = payments[payment].payment
        let wanted = truth.expected(payment).map { items[Int($0.item)].number }
        missedExamples.append(
          "\(truth.kinds[payment].label) \(balance.bankReference) '\(balance.remittanceText ?? "")' "
            + "\(balance.counterpartyName ?? "") \(balance.amount.minorUnits) wanted \(wanted), got \(count)"
        )
      }
    }
    scoreNettings(result, items: items, creditNotes: creditNotes)
    scoreUnmatched(result, input: input, truth: truth, start: start, correct: correctPerPayment)
    scoreReversals(result, input: input, truth: truth, start: start)
  }

  private mutating func scoreNettings(
    _ result: MatchingResult, items: [OpenItem], creditNotes: [(note: Int32, invoice: Int32)]
  ) {
    nettings = result.nettings.count
    writeOffs = result.writeOffs.count
    expectedNettings = creditNotes.count
    var expected: [String: (invoice: String, amount: Int64)] = [:]
    for (note, invoice) in creditNotes {
      expected[items[Int(note)].number] = (
        items[Int(invoice)].number, -items[Int(note)].openAmount.minorUnits
      )
    }
    correctNettings = result.nettings.count { netting in
      expected[netting.creditNoteNumber].map { pair in
        pair.invoice == netting.invoiceNumber && pair.amount == netting.amount.minorUnits
      } ?? false
    }
  }

  private mutating func scoreUnmatched(
    _ result: MatchingResult, input: MatchingInput, truth: GroundTruth, start: [Int32],
    correct: [Int32]
  ) {
    unmatched = result.unmatched.count
    unmatchedWithSuggestions = result.unmatched.count { !$0.suggestions.isEmpty }
    for entry in result.unmatched {
      guard let payment = Int(entry.paymentID.dropFirst(3)), payment < truth.kinds.count,
        truth.matchable[payment], start[payment + 1] == start[payment]
      else { continue }
      missed += 1
      let wanted = Set(truth.expected(payment).map { input.items[Int($0.item)].number })
      if entry.suggestions.contains(where: { !wanted.isDisjoint(with: $0.itemNumbers) }) {
        missedButSuggested += 1
      }
    }
  }

  private mutating func scoreReversals(
    _ result: MatchingResult, input: MatchingInput, truth: GroundTruth, start: [Int32]
  ) {
    let matcher = ReversalMatcher()
    for (position, original) in truth.reversalOf.enumerated() where original >= 0 {
      reversals += 1
      let lower = max(0, Int(original) - 3)
      let upper = min(input.payments.count, Int(original) + 4)
      let window = input.payments[lower..<upper].map(\.payment).filter(\.isIncomingPayment)
      let allocations = Array(result.allocations[Int(start[lower])..<Int(start[upper])])
      let outcome = matcher.undo(
        input.payments[position].payment, payments: window, allocations: allocations)
      let own = allocations.filter {
        $0.paymentReference == input.payments[Int(original)].payment.bankReference
      }
      if outcome.originalPayment == input.payments[Int(original)].payment.bankReference,
        outcome.allocationsToUndo.map(\.itemNumber).sorted() == own.map(\.itemNumber).sorted()
      {
        reversalsResolved += 1
      }
    }
  }
}
