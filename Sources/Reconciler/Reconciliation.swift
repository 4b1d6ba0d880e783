public import Ledger
public import Receivables

/// One reconciliation pass over the ledger: propose allocations and apply them in one transaction.
public struct Reconciliation: Sendable {
  let ledger: Ledger
  let matcher = ReferenceMatcher()

  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// Matches every unallocated payment against the open items and books the allocations.
  /// - Returns: the allocations made (empty when nothing new matched).
  @discardableResult
  public func run(on date: LocalDate, run: RunID) throws(LedgerError) -> [Allocation] {
    let allocations = matcher.allocations(
      for: try ledger.unallocatedPayments(), against: try ledger.openItems())
    guard !allocations.isEmpty else { return [] }
    try ledger.apply(allocations, on: date, run: run)
    return allocations
  }
}
