/// A booked payment with the part of it that is not yet allocated to any item.
public struct PaymentBalance: Hashable, Sendable {
  public var payment: Payment
  /// What is left to allocate: the payment's amount minus what was taken back and what earlier
  /// runs or people allocated. The amount rules (known payer, name and amount) only look at
  /// payments of which nothing is allocated yet.
  public var unallocated: Money
  /// A person took an allocation of it back: the rules leave it alone from then on.
  public var isManualOnly: Bool

  public init(payment: Payment, unallocated: Money, isManualOnly: Bool = false) {
    self.payment = payment
    self.unallocated = unallocated
    self.isManualOnly = isManualOnly
  }

  /// A payment of which nothing is allocated yet.
  public init(_ payment: Payment) {
    self.init(payment: payment, unallocated: payment.amount)
  }

  /// Whether nothing of the payment has been allocated before.
  public var isUntouched: Bool { unallocated == payment.amount }
}
