/// One payment inside a booking (camt `TxDtls`; the parsed `:86:` of an MT940 line; a CODA
/// movement with its information records; a BAI2 detail), as written.
public struct BankTransactionDetail: Sendable, Hashable {
  /// The detail's own amount when it has one (camt `TxDtls/Amt` or `AmtDtls/TxAmt/Amt`), plain
  /// decimal with a dot; nil when only the entry states an amount.
  public var amount: String?
  public var currency: String?
  /// The SEPA end-to-end id (camt `Refs/EndToEndId`, `EREF+`, `/EREF/`); nil for
  /// `NOTPROVIDED`.
  public var endToEndID: String?
  /// The bank's reference of this detail (camt `Refs/AcctSvcrRef`).
  public var bankReference: String?
  /// The mandate reference of a direct debit (camt `Refs/MndtId`, `MREF+`, `/MARF/`).
  public var mandateID: String?
  /// The other party's name: for money in, the debtor; for money out (and returns), the
  /// creditor (camt `RltdPties`, `?32?33`, `/NAME/`, CODA name).
  public var counterpartyName: String?
  /// The other party's account: IBAN when given, else the account id as written.
  public var counterpartyAccount: String?
  /// The other party's BIC or bank code.
  public var counterpartyBankID: String?
  /// The ultimate debtor (camt `UltmtDbtr`), when different from the debtor.
  public var ultimateDebtor: String?
  /// Structured creditor references (camt `RmtInf/Strd/CdtrRefInf/Ref`, `/REMI/STRD/…/`,
  /// Belgian OGM of CODA), in order.
  public var structuredReferences: [String] = []
  /// The type of the first structured reference as written (`SCOR`, `QRR`, `ISR`, `BBA`,
  /// `ISO`), when given.
  public var referenceType: String?
  /// Unstructured remittance lines (camt `Ustrd`, `SVWZ+`, `/REMI/USTD/`, `?20…?29`), each
  /// trimmed, in order.
  public var remittance: [String] = []
  /// A SEPA return or reject reason (camt `RtrInf/Rsn/Cd`, `?` / `/RTRN/` codes such as
  /// `AC04`, `MD06`, `MS03`): this detail is an R-transaction.
  public var returnReason: String?
  /// The line of the detail.
  public var line: Int
  /// `/Document/…/Ntry[3]/NtryDtls/TxDtls[2]`, or the entry's path plus ` :86:`.
  public var path: String

  public init(line: Int, path: String) {
    self.line = line
    self.path = path
  }
}
