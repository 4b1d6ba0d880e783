/// A bank statement as any format writes it (camt.052/053/054, MT940/MT942, CODA, BAI2): the
/// account, its balances and its entries, values kept as text and located.
///
/// Every statement reader produces this, so the Normalizer has one model to turn into payments,
/// identities and the balance proof.
public struct BankStatement: Sendable, Hashable {
  /// The format and version as read: `camt.053.001.02`, `MT940`, `MT942`, `CODA 2`, `BAI2`.
  public var format: String
  /// The statement's own id: camt `Stmt/Id`, MT940 `:20:`, CODA sequence, BAI2 group.
  public var statementID: String?
  /// The statement or page number: camt `ElctrncSeqNb`/`LglSeqNb`, MT940 `:28C:`, CODA `1` record.
  public var sequenceNumber: String?
  /// `yyyy-mm-dd`: when the bank made the statement (camt `CreDtTm`); the booking date of an
  /// entry that states none (minimal camt.054 notifications).
  public var createdOn: String?
  /// The account as written: an IBAN when the format has one (camt `Acct/Id/IBAN`, MT940
  /// `:25:` when it holds an IBAN), otherwise the bank's account number (`Acct/Id/Othr/Id`,
  /// `:25:` as written, CODA account, BAI2 `03` account).
  public var account: String?
  /// The account's BIC or bank code, when given (`:25:` `BLZ/konto` prefix, camt `Svcr`).
  public var bankID: String?
  /// The account currency (camt `Acct/Ccy`, MT940 currency of `:60F:`, CODA, BAI2 `02`/`03`).
  public var currency: String?
  /// The opening booked balance: camt `OPBD` (or `PRCD`), MT940 `:60F:`/`:60M:`, CODA `1`, BAI2 `010`.
  public var openingBalance: BankBalance?
  /// The closing booked balance: camt `CLBD`, MT940 `:62F:`/`:62M:`, CODA `8`, BAI2 `015`.
  public var closingBalance: BankBalance?
  /// The entries in file order.
  public var entries: [BankStatementEntry] = []
  /// What the reader tolerated in the statement's header and balances, in a bookkeeper's words
  /// (a closing balance dated on a day that does not exist, blank lines before it).
  public var warnings: [String] = []
  /// The line the statement starts on.
  public var line: Int
  /// Where it is: the element path for XML (`/Document/BkToCstmrStmt/Stmt[2]`), or a short
  /// description for line formats (`statement 2 (:20: 940S130405)`).
  public var path: String

  public init(format: String, line: Int, path: String) {
    self.format = format
    self.line = line
    self.path = path
  }
}

/// A balance as written: unsigned amount, its direction, currency and date.
public struct BankBalance: Sendable, Hashable {
  /// A plain decimal with a dot (`1234.56`), unsigned; readers convert `1234,56`.
  public var amount: String
  /// Credit (positive) or debit (negative) balance.
  public var creditDebit: CreditDebit
  public var currency: String?
  /// `yyyy-mm-dd`.
  public var date: String?
  /// The balance type as written: `OPBD`, `PRCD`, `CLBD`, `60F`, `60M`, `62F`, `62M`, `010`, `015`.
  public var type: String

  public init(
    amount: String, creditDebit: CreditDebit, currency: String?, date: String?, type: String
  ) {
    self.amount = amount
    self.creditDebit = creditDebit
    self.currency = currency
    self.date = date
    self.type = type
  }
}

/// Which way money moved on the account.
public enum CreditDebit: String, Sendable, Hashable {
  /// Money came in (camt `CRDT`, MT940 `C`, CODA sign 0, BAI2 credit type codes).
  case credit = "CRDT"
  /// Money went out (camt `DBIT`, MT940 `D`, CODA sign 1, BAI2 debit type codes).
  case debit = "DBIT"
}
