public import Ledger
public import Receivables

/// What one reconciliation did and left: for the run report, `arflow match` and its files.
public struct ReconciliationOutcome: Sendable {
  public var allocations: [Allocation] = []
  public var writeOffs: [WriteOff] = []
  public var nettings: [CreditNetting] = []
  /// Reversals and returns whose original was found, with what they took back.
  public var reversals: [PaymentReversal] = []
  /// Payments left with money unallocated, unresolved reversals, and matches not applied.
  public var unmatched: [UnmatchedPayment] = []
  /// Matches the rules found but the policy did not apply (auto-apply off, low confidence),
  /// listed as suggestions in `unmatched`.
  public var heldPayments = 0
  public var heldNettings: [CreditNetting] = []
  /// The reconciliations booked (their files are written by the exporter); empty when nothing
  /// changed since the last one.
  public var reconciliationIDs: [Int64] = []
  /// Seconds per phase (reversals, read, match, book), for the benchmark and the log.
  public var timings: [(phase: String, seconds: Double)] = []

  public init() {}

  /// Payments with at least one allocation, by the rule of their first allocation.
  public var paymentsByRule: [(rule: MatchRule, payments: Int)] {
    var first: [String: MatchRule] = [:]
    var order: [String] = []
    for allocation in allocations where first[allocation.paymentReference] == nil {
      first[allocation.paymentReference] = allocation.rule
      order.append(allocation.paymentReference)
    }
    var counts: [MatchRule: Int] = [:]
    for reference in order { counts[first[reference]!, default: 0] += 1 }
    return counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
  }

  /// The number of payments with something allocated in this reconciliation.
  public var paymentsMatched: Int { Set(allocations.map(\.paymentReference)).count }

  /// One line for logs and run summaries.
  public var summary: String {
    var parts = ["\(paymentsMatched) payments matched (\(allocations.count) allocations)"]
    if !writeOffs.isEmpty { parts.append("\(writeOffs.count) written off") }
    if !nettings.isEmpty { parts.append("\(nettings.count) credit notes netted") }
    if !reversals.isEmpty { parts.append("\(reversals.count) reversals undone") }
    parts.append("\(unmatched.count) left for a person")
    return parts.joined(separator: ", ")
  }
}
