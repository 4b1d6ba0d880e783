public import Ledger
public import Receivables

/// Matches payments to open invoices by payment reference: exactly, never by guesswork.
///
/// A payment's structured reference is tried first (confidence 100), then every valid
/// reference in its remittance text (confidence 95). Each match allocates as much as both the
/// payment and the item have left; a payment quoting several references pays them in order.
public struct ReferenceMatcher: Sendable {
  public init() {}

  /// The allocations that the references justify, given what is open and unallocated now.
  public func allocations(for payments: [PaymentBalance], against items: [OpenItem]) -> [Allocation]
  {
    var byReference: [String: OpenItem] = [:]
    var open: [String: Money] = [:]
    for item in items where item.kind == .invoice && item.openAmount.isPositive {
      guard let reference = item.paymentReference else { continue }
      byReference[reference.value] = item
      open[item.number] = item.openAmount
    }
    var allocations: [Allocation] = []
    for balance in payments where balance.unallocated.isPositive {
      var rest = balance.unallocated
      for candidate in candidates(of: balance.payment) {
        guard rest.isPositive, let item = byReference[candidate.reference],
          let itemOpen = open[item.number], itemOpen.isPositive,
          itemOpen.currency == rest.currency, let amount = try? Money.min(rest, itemOpen),
          let newRest = try? rest - amount, let newOpen = try? itemOpen - amount
        else { continue }
        rest = newRest
        open[item.number] = newOpen
        allocations.append(
          Allocation(
            paymentReference: balance.payment.bankReference, itemNumber: item.number,
            amount: amount, rule: candidate.rule, confidence: candidate.confidence,
            explanation:
              "\(candidate.origin) \(candidate.printed) equals the payment reference of invoice \(item.number)"
          ))
      }
    }
    return allocations
  }

  private struct Candidate {
    var reference: String
    var printed: String
    var rule: MatchRule
    var confidence: Int
    var origin: String
  }

  private func candidates(of payment: Payment) -> [Candidate] {
    var found: [Candidate] = []
    if let structured = payment.structuredReference,
      let reference = try? PaymentReference(recognising: structured)
    {
      found.append(
        Candidate(
          reference: reference.value, printed: reference.formatted, rule: .structuredReference,
          confidence: 100, origin: "structured reference"))
    }
    for reference in PaymentReference.find(in: payment.remittanceText ?? "")
    where !found.contains(where: { $0.reference == reference.value }) {
      found.append(
        Candidate(
          reference: reference.value, printed: reference.formatted, rule: .remittanceReference,
          confidence: 95, origin: "reference in the remittance text"))
    }
    return found
  }
}
