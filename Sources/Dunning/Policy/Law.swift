/// The jurisdiction whose late-payment rules a schedule follows (`law:`); read now, used by
/// the fees-and-interest issue.
public enum Law: String, Sendable, Hashable, CaseIterable {
  case nl, de, be, fr, uk, eu
  /// No statutory claims: only what the levels state.
  case none
}

/// In which order a payment pays the principal and the claims beside it (`allocationOrder:`);
/// read now, used by the fees-and-interest issue.
public enum AllocationOrder: String, Sendable, Hashable, CaseIterable {
  /// The principal first: what surprises nobody.
  case principalFirst = "principal-first"
  /// Costs, then interest, then principal (art. 6:44 BW, § 367 BGB).
  case chargesFirst = "charges-first"
}
