extension CamtEntry {
  /// Which way money moved on the account, from `<CdtDbtInd>`.
  public enum CreditDebit: String, Sendable {
    /// `CRDT`: money came in.
    case credit = "CRDT"
    /// `DBIT`: money went out.
    case debit = "DBIT"
  }
}
