import Ledger
import Receivables

extension Reconciliation {
  /// Finds the original of every reversal and returned payment not yet resolved.
  /// - Returns: what each resolved one takes back, and the unresolved ones as unmatched lines.
  func resolveReversals() throws(LedgerError) -> ([PaymentReversal], [UnmatchedPaymentLine]) {
    let waiting = try ledger.reversalsToResolve().filter { $0.amount.isNegative }
    guard !waiting.isEmpty else { return ([], []) }
    var candidates = try ledger.reversiblePayments()
    var allocations = try ledger.allocations()
    var reversals: [PaymentReversal] = []
    var unresolved: [UnmatchedPaymentLine] = []
    for reversal in waiting {
      let outcome = ReversalMatcher().undo(
        reversal, payments: candidates, allocations: allocations)
      guard let originalReference = outcome.originalPayment,
        let original = candidates.first(where: { $0.bankReference == originalReference })
      else {
        unresolved.append(
          UnmatchedPaymentLine(
            kind: .reversal, payment: reversal, unallocated: reversal.amount,
            note: outcome.explanation))
        continue
      }
      let takenBack = min(
        reversal.amount.minorUnits.magnitude, original.amount.minorUnits.magnitude)
      reversals.append(
        PaymentReversal(
          reversalReference: reversal.bankReference, originalReference: originalReference,
          amount: Money(minorUnits: Int64(takenBack), currency: original.amount.currency),
          undos: outcome.allocationsToUndo.map {
            AllocationUndo(
              paymentReference: $0.paymentReference, itemNumber: $0.itemNumber, amount: $0.amount,
              reason: outcome.explanation)
          }, explanation: outcome.explanation))
      candidates.removeAll { $0.bankReference == originalReference }
      allocations.removeAll { $0.paymentReference == originalReference }
    }
    return (reversals, unresolved)
  }
}
