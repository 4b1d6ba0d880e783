import Ledger
import Receivables

/// Splits a matching result into what the policy lets book and what it only proposes: with
/// auto-apply off, or below the minimum confidence, a payment's matches become a suggestion.
struct PolicyGate {
  let policy: ReconciliationPolicy
  let index: MatchingInputIndex

  struct Decided {
    var allocations: [Allocation] = []
    var writeOffs: [WriteOff] = []
    var nettings: [CreditNetting] = []
    var held: [UnmatchedPayment] = []
    var heldNettings: [CreditNetting] = []
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
    decided.writeOffs = result.writeOffs.filter {
      !heldReferences.contains($0.paymentReference ?? "")
    }
    for netting in result.nettings {
      if holdReason(lowest: netting.confidence) == nil {
        decided.nettings.append(netting)
      } else {
        decided.heldNettings.append(netting)
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
    -> UnmatchedPayment?
  {
    guard let payment = index.payment(reference) else { return nil }
    let customer = allocations.first.flatMap { index.item($0.itemNumber) }?.customerID
    let suggestion = Suggestion(
      itemNumbers: allocations.map(\.itemNumber), customerID: customer ?? "",
      score: allocations.map(\.confidence).min() ?? 0,
      reason: allocations.map(\.explanation).joined(separator: "; ") + "; " + reason)
    return UnmatchedPayment(
      kind: .payment, payment: payment.payment, unallocated: payment.unallocated, note: reason,
      suggestions: [suggestion])
  }
}
