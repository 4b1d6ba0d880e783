public import Receivables

/// A payment with what of it is not yet allocated to any item.
public struct PaymentBalance: Sendable, Hashable {
  public var payment: Payment
  public var unallocated: Money
  /// A person took an allocation of it back: the rules leave it alone from then on.
  public var isManualOnly: Bool

  public init(payment: Payment, unallocated: Money, isManualOnly: Bool = false) {
    self.payment = payment
    self.unallocated = unallocated
    self.isManualOnly = isManualOnly
  }
}
