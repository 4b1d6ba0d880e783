/// One booked (or pending) entry of a camt statement, as written in the file.
public struct CamtEntry: Sendable {
  /// The `<Amt>` text exactly as written, always matching `^[0-9]+(\.[0-9]{1,5})?$`.
  public let amount: String
  /// The `Ccy` of `<Amt>`, three capital letters.
  public let currency: String
  /// `<CdtDbtInd>`: money in (credit) or out (debit) of the account.
  public let creditDebit: CreditDebit
  /// `<RvslInd>` is `true`: the entry reverses an earlier one.
  public let isReversal: Bool
  /// `<Sts>` or `<Sts><Cd>` (`<Sts><Prtry>` as a last resort): `BOOK`, `PDNG`, `INFO`; empty
  /// when absent.
  public let status: String
  /// `yyyy-mm-dd` from `<BookgDt><Dt>` or the date part of `<BookgDt><DtTm>`.
  public let bookingDate: String?
  /// `yyyy-mm-dd` from `<ValDt><Dt>` or the date part of `<ValDt><DtTm>`.
  public let valueDate: String?
  /// The bank's reference for the entry (`<AcctSvcrRef>`).
  public let accountServicerReference: String?
  /// `<NtryRef>`.
  public let entryReference: String?
  /// Every `<NtryDtls><TxDtls>` in file order (none for a batch reported without details).
  public let transactions: [CamtTransaction]
  /// The 1-based line of `<Ntry>`.
  public let line: Int
  /// The element path of `<Ntry>`, e.g. `/Document/BkToCstmrStmt/Stmt/Ntry[3]`.
  public let path: String
}
