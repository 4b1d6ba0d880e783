public import Receivables

/// Finds the payment a reversal or a returned direct debit takes back, and which of its
/// allocations to undo. A pure function: the caller reopens the items and records why.
public struct ReversalMatcher: Sendable {
  public init() {}

  /// The original of `reversal` among `payments` and the allocations to undo.
  ///
  /// The original is an incoming payment in the same currency found, in this order, by the
  /// same end-to-end id; by its bank reference quoted in the reversal's texts; or by the same
  /// amount from the same IBAN (or, without IBANs, the same name), booked no later. A rule
  /// finding several candidates narrows them by amount; if still several, nothing is undone.
  /// What the original still had unallocated is taken back first; allocations are undone
  /// newest first, the last one in part if need be.
  /// - Parameters:
  ///   - reversal: A booking taking money back: a reversal, a return or a debit.
  ///   - payments: Earlier bookings, in booking order.
  ///   - allocations: The allocations booked so far, in booking order (any payment's).
  public func undo(_ reversal: Payment, payments: [Payment], allocations: [Allocation])
    -> ReversalOutcome
  {
    guard !reversal.isIncomingPayment else {
      return ReversalOutcome(
        originalPayment: nil, allocationsToUndo: [],
        explanation: "\(reversal.bankReference) is an incoming payment, not a reversal or return")
    }
    let candidates = payments.filter {
      $0.isIncomingPayment && $0.bankReference != reversal.bankReference
        && $0.amount.currency == reversal.amount.currency
    }
    guard let (original, foundBy) = original(of: reversal, among: candidates) else {
      return ReversalOutcome(
        originalPayment: nil, allocationsToUndo: [],
        explanation: "no single earlier payment fits reversal \(reversal.bankReference) by "
          + "end-to-end id, bank reference, or amount and payer; undo its allocations by hand")
    }
    let own = allocations.filter { $0.paymentReference == original.bankReference }
    let allocated = own.reduce(Int64(0)) { $0 &+ $1.amount.minorUnits }
    let takenBack = Int64(
      clamping: min(reversal.amount.minorUnits.magnitude, original.amount.minorUnits.magnitude))
    let unallocated = max(0, original.amount.minorUnits &- allocated)
    var toUndo = takenBack &- unallocated
    var undone: [Allocation] = []
    for allocation in own.reversed() where toUndo > 0 {
      var part = allocation
      part.amount = Money(
        minorUnits: min(toUndo, allocation.amount.minorUnits), currency: allocation.amount.currency)
      undone.append(part)
      toUndo -= part.amount.minorUnits
    }
    let items = undone.map(\.itemNumber).joined(separator: ", ")
    let reason = reversal.returnReason.map { " (return reason \($0))" } ?? ""
    return ReversalOutcome(
      originalPayment: original.bankReference, allocationsToUndo: undone,
      explanation: "\(reversal.bankReference)\(reason) takes back payment "
        + "\(original.bankReference), found by \(foundBy); "
        + (undone.isEmpty
          ? "it had nothing allocated beyond what is taken back, so no item reopens"
          : "undo its allocation to \(items), which "
            + (undone.count == 1 ? "reopens" : "reopen")))
  }

  /// The single candidate the first fitting rule finds, and how.
  private func original(of reversal: Payment, among candidates: [Payment]) -> (Payment, String)? {
    let amount = reversal.amount.minorUnits.magnitude
    let narrowed = { (found: [Payment]) -> Payment? in
      if found.count == 1 { return found[0] }
      let sameAmount = found.filter { $0.amount.minorUnits.magnitude == amount }
      return sameAmount.count == 1 ? sameAmount[0] : nil
    }
    if let id = reversal.endToEndID, !id.isEmpty, id.uppercased() != "NOTPROVIDED" {
      let found = candidates.filter { $0.endToEndID == id }
      if !found.isEmpty { return narrowed(found).map { ($0, "the end-to-end id \(id)") } }
    }
    let quoted = Set(
      [reversal.remittanceText, reversal.structuredReference].compactMap { $0 }.flatMap {
        RemittanceText.words(in: $0).map(String.init)
      })
    let named = candidates.filter {
      quoted.contains($0.bankReference) || $0.servicerReference.map(quoted.contains) == true
    }
    if !named.isEmpty {
      return narrowed(named).map {
        ($0, "its bank reference \($0.servicerReference ?? $0.bankReference) in the text")
      }
    }
    let samePayer = candidates.filter { candidate in
      guard candidate.amount.minorUnits.magnitude == amount,
        candidate.bookingDate <= reversal.bookingDate
      else { return false }
      if let left = reversal.counterpartyIBAN, let right = candidate.counterpartyIBAN {
        return KnownPayers.normalised(left) == KnownPayers.normalised(right)
      }
      guard let left = reversal.counterpartyName, let right = candidate.counterpartyName else {
        return false
      }
      return !PartyName(left).isEmpty && PartyName(left) == PartyName(right)
    }
    return samePayer.count == 1 ? (samePayer[0], "the same amount from the same payer") : nil
  }
}
