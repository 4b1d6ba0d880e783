import Ledger
import Receivables

/// Splits a matching result into what the policy lets book and what it only proposes: with
/// auto-apply off, or below the minimum confidence, a payment's matches become a suggestion.
struct PolicyGate {
  let policy: ReconciliationPolicy
  let index: MatchingInputIndex

  struct Decided {
    var allocations: [Allocation] = []
    var writeOffs: [ItemWriteOff] = []
    var nettings: [ItemNetting] = []
    var held: [UnmatchedPaymentLine] = []
    var heldNettings: [ItemNetting] = []
    /// The payments whose matches are held: listed once, as held, not as the matcher left them.
    var heldReferences = Set<String>()
  }

  func split(_ result: MatchingResult) -> Decided {
    var decided = Decided()
    var byPayment: [String: [Allocation]] = [:]
    var order: [String] = []
    for allocation in result.allocations {
      if byPayment[allocation.paymentReference] == nil { order.append(allocation.paymentReference) }
      byPayment[allocation.paymentReference, default: []].append(allocation)
    }
    var heldReferences = Set<String>()
    for reference in order {
      let allocations = byPayment[reference] ?? []
      if let reason = holdReason(lowest: allocations.map(\.confidence).min() ?? 100),
        let line = heldLine(reference, allocations, reason: reason)
      {
        heldReferences.insert(reference)
        decided.held.append(line)
      } else {
        decided.allocations += allocations
      }
    }
    decided.writeOffs = result.writeOffs.filter { !heldReferences.contains($0.paymentReference) }
      .map {
        ItemWriteOff(
          itemNumber: $0.itemNumber, paymentReference: $0.paymentReference, amount: $0.amount,
          reason: $0.reason)
      }
    for netting in result.nettings {
      let item = ItemNetting(
        creditNoteNumber: netting.creditNoteNumber, invoiceNumber: netting.invoiceNumber,
        amount: netting.amount, rule: netting.rule, confidence: netting.confidence,
        explanation: netting.explanation)
      if holdReason(lowest: netting.confidence) == nil {
        decided.nettings.append(item)
      } else {
        decided.heldNettings.append(item)
      }
    }
    decided.heldReferences = heldReferences
    return decided
  }

  private func holdReason(lowest confidence: Int) -> String? {
    if !policy.autoApply { return "not applied: auto-apply is off (mappings/reconciliation.yaml)" }
    if confidence < policy.minimumConfidence {
      return
        "not applied: confidence \(confidence) is below the minimum \(policy.minimumConfidence)"
    }
    return nil
  }

  private func heldLine(_ reference: String, _ allocations: [Allocation], reason: String)
    -> UnmatchedPaymentLine?
  {
    guard let payment = index.payment(reference) else { return nil }
    let customer = allocations.first.flatMap { index.item($0.itemNumber) }?.customerID
    let suggestion = UnmatchedPaymentLine.SuggestionLine(
      itemNumbers: allocations.map(\.itemNumber), customerID: customer ?? "",
      score: allocations.map(\.confidence).min() ?? 0,
      reason: allocations.map(\.explanation).joined(separator: "; ") + "; " + reason)
    return UnmatchedPaymentLine(
      kind: .payment, payment: payment.payment, unallocated: payment.unallocated, note: reason,
      suggestions: [suggestion])
  }
}
