import Foundation
import Ledger
import Receivables

extension Reconciliation {
  /// Finds the original of every reversal and returned payment not yet resolved.
  /// - Returns: what each resolved one takes back, and the unresolved ones as unmatched lines.
  func resolveReversals() throws(LedgerError) -> ([PaymentReversal], [UnmatchedPayment]) {
    let waiting = try ledger.reversalsToResolve().filter { $0.amount.isNegative }
    guard !waiting.isEmpty else { return ([], []) }
    // A SEPA direct debit may be returned up to 13 months after it was collected; a
    // transfer is reversed within days. Older payments are not looked at.
    let earliest = waiting.map(\.bookingDate).min() ?? LocalDate(daysSinceEpoch: 0)
    let from = earliest.adding(days: -400)
    var originals = ReversibleIndex(
      payments: try ledger.reversiblePayments(bookedFrom: from),
      allocations: try ledger.allocations(ofPaymentsBookedFrom: from))
    var reversals: [PaymentReversal] = []
    var unresolved: [UnmatchedPayment] = []
    for reversal in waiting {
      let candidates = originals.candidates(for: reversal)
      let outcome = ReversalMatcher().undo(
        reversal, payments: candidates,
        allocations: candidates.flatMap { originals.allocations[$0.bankReference] ?? [] })
      guard let originalReference = outcome.originalPayment,
        let original = candidates.first(where: { $0.bankReference == originalReference })
      else {
        unresolved.append(
          UnmatchedPayment(
            kind: .reversal, payment: reversal, unallocated: reversal.amount,
            note: outcome.explanation))
        continue
      }
      // People read the bank's references, not arflow's ids.
      let explanation = [reversal, original].reduce(outcome.explanation) { text, payment in
        guard let reference = payment.servicerReference else { return text }
        return text.replacingOccurrences(of: payment.bankReference, with: reference)
      }
      let takenBack = min(
        reversal.amount.minorUnits.magnitude, original.amount.minorUnits.magnitude)
      reversals.append(
        PaymentReversal(
          reversalReference: reversal.bankReference, originalReference: originalReference,
          amount: Money(minorUnits: Int64(takenBack), currency: original.amount.currency),
          explanation: explanation))
      originals.remove(originalReference)
    }
    return (reversals, unresolved)
  }
}

/// The payments a reversal may take back, indexed by what ``ReversalMatcher`` looks at, so
/// that each reversal is compared with a handful of payments, not all of them.
struct ReversibleIndex {
  private var payments: [Payment]
  private var removed = Set<String>()
  private var byEndToEnd: [String: [Int]] = [:]
  private var byReference: [String: [Int]] = [:]
  private var byAmount: [UInt64: [Int]] = [:]
  /// Allocations in force by payment id.
  private(set) var allocations: [String: [Allocation]] = [:]

  init(payments: [Payment], allocations: [Allocation]) {
    self.payments = payments
    for (index, payment) in payments.enumerated() {
      if let id = payment.endToEndID, !id.isEmpty { byEndToEnd[id, default: []].append(index) }
      byReference[payment.bankReference, default: []].append(index)
      if let reference = payment.servicerReference {
        byReference[reference, default: []].append(index)
      }
      byAmount[payment.amount.minorUnits.magnitude, default: []].append(index)
    }
    for allocation in allocations {
      self.allocations[allocation.paymentReference, default: []].append(allocation)
    }
  }

  /// The payments sharing the reversal's end-to-end id, named in its texts, or of its amount,
  /// in booking order.
  func candidates(for reversal: Payment) -> [Payment] {
    var positions = Set<Int>()
    if let id = reversal.endToEndID { positions.formUnion(byEndToEnd[id] ?? []) }
    for text in [reversal.remittanceText, reversal.structuredReference].compactMap({ $0 }) {
      for word in RemittanceText.words(in: text) {
        positions.formUnion(byReference[String(word)] ?? [])
      }
    }
    positions.formUnion(byAmount[reversal.amount.minorUnits.magnitude] ?? [])
    return positions.sorted().map { payments[$0] }.filter { !removed.contains($0.bankReference) }
  }

  /// A payment taken back: no later reversal finds it again.
  mutating func remove(_ reference: String) {
    removed.insert(reference)
    allocations[reference] = nil
  }
}
