public import Receivables

/// What one matching run decided: everything to book, and what is left for a person.
///
/// Book allocations, write-offs and nettings together: each one assumes the others, and none
/// takes an amount below zero or beyond what the payment has left.
public struct MatchingResult: Hashable, Sendable {
  /// Payment to item, in the order of the payments, each item of a payment oldest first.
  public var allocations: [Allocation]
  /// Rests within the tolerance written off after an allocation.
  public var writeOffs: [WriteOff]
  /// Credit notes set off against invoices.
  public var nettings: [CreditNetting]
  /// Incoming payments with money left, in the order of the payments, with suggestions.
  public var unmatched: [UnmatchedPayment]

  public init(
    allocations: [Allocation] = [], writeOffs: [WriteOff] = [], nettings: [CreditNetting] = [],
    unmatched: [UnmatchedPayment] = []
  ) {
    self.allocations = allocations
    self.writeOffs = writeOffs
    self.nettings = nettings
    self.unmatched = unmatched
  }

  /// Whether the run decided nothing to book.
  public var isEmpty: Bool { allocations.isEmpty && writeOffs.isEmpty && nettings.isEmpty }
}
