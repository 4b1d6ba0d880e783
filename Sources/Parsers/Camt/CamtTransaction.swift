/// One transaction detail (TxDtls) inside an entry.
public struct CamtTransaction: Sendable {
  /// `<TxDtls><Amt>` or `<AmtDtls><TxAmt><Amt>` text as written, when present.
  public let amount: String?
  /// The `Ccy` of that amount.
  public let currency: String?
  /// `<Refs><EndToEndId>`; nil when absent, empty or `NOTPROVIDED`.
  public let endToEndId: String?
  /// `<Refs><AcctSvcrRef>`.
  public let accountServicerReference: String?
  /// The other party's name (see `counterpartyIBAN` for which side that is).
  public let counterpartyName: String?
  /// The other party's IBAN: for money in, the debtor (`RltdPties/Dbtr`, `Dbtr/Pty` in v8+,
  /// `DbtrAcct/Id/IBAN`); for money out, the creditor. A reversal or a return (`RtrInf`) looks
  /// at the original payment's direction. If that side is empty or carries the statement's own
  /// IBAN, the other side is used.
  public let counterpartyIBAN: String?
  /// Every `<RmtInf><Strd><CdtrRefInf><Ref>` (creditor references such as RF or QR references).
  public let structuredReferences: [String]
  /// Every `<RmtInf><Ustrd>` line, each trimmed.
  public let unstructuredRemittance: [String]
  /// The 1-based line of `<TxDtls>`.
  public let line: Int
  /// The element path of `<TxDtls>`.
  public let path: String
}
