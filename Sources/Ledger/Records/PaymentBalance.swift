public import Receivables

/// A payment with what of it is not yet allocated to any item.
public struct PaymentBalance: Sendable, Hashable {
  public var payment: Payment
  public var unallocated: Money

  public init(payment: Payment, unallocated: Money) {
    self.payment = payment
    self.unallocated = unallocated
  }
}
