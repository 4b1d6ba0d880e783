public import Receivables

/// A booked payment with the part of it that is not yet allocated to any item.
public struct UnallocatedPayment: Hashable, Sendable {
  public var payment: Payment
  /// What is left to allocate: the payment's amount minus what earlier runs or people
  /// allocated. The amount rules (known payer, name and amount) only look at payments of which
  /// nothing is allocated yet.
  public var unallocated: Money

  public init(payment: Payment, unallocated: Money) {
    self.payment = payment
    self.unallocated = unallocated
  }

  /// A payment of which nothing is allocated yet.
  public init(_ payment: Payment) {
    self.init(payment: payment, unallocated: payment.amount)
  }

  /// Whether nothing of the payment has been allocated before this run.
  var isUntouched: Bool { unallocated == payment.amount }
}
