/// What arflow does with a bank statement whose balances do not add up (`statements:
/// balanceMismatch:` in `mappings/reconciliation.yaml`).
public enum BalanceMismatch: String, Sendable, Hashable, CaseIterable {
  /// Book its payments and mark the statement unproven, with a warning (the default).
  case book
  /// Refuse the statement whole: nothing of it is booked.
  case refuse
}
