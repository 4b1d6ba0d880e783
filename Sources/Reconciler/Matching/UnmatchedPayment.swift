public import Receivables

/// An incoming payment with money left unallocated after the run, with what it may pay.
public struct UnmatchedPayment: Hashable, Sendable {
  /// The payment's bank reference.
  public var paymentReference: String
  /// What is left unallocated: the whole payment, or the surplus of an overpayment (the
  /// customer's credit).
  public var unallocated: Money
  /// The best suggestions, highest score first; empty when nothing comes close.
  public var suggestions: [Suggestion]

  public init(paymentReference: String, unallocated: Money, suggestions: [Suggestion]) {
    self.paymentReference = paymentReference
    self.unallocated = unallocated
    self.suggestions = suggestions
  }
}
