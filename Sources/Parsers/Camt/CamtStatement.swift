/// A bank-to-customer statement from an ISO 20022 camt message.
///
/// One camt.053 `Stmt`, camt.052 `Rpt` or camt.054 `Ntfctn`, as written in the file.
public struct CamtStatement: Sendable {
  /// The message and version, e.g. `camt.053.001.02`, taken from the namespace; just
  /// `camt.053` (or `.052`, `.054`) when the document has no camt namespace.
  public let messageName: String
  /// The statement's `<Id>`.
  public let statementId: String?
  /// The account's `<Acct><Id><IBAN>`.
  public let accountIBAN: String?
  /// The account's `<Acct><Ccy>`.
  public let accountCurrency: String?
  /// The entries in file order.
  public let entries: [CamtEntry]
  /// The 1-based line of the statement element.
  public let line: Int
  /// The element path of the statement, e.g. `/Document/BkToCstmrStmt/Stmt`.
  public let path: String
}
