/// One booking (or pending booking) on a statement, as written.
public struct BankStatementEntry: Sendable, Hashable {
  /// A plain decimal with a dot, unsigned (`1234.56`); readers convert decimal commas.
  public var amount: String
  /// Three capital letters.
  public var currency: String
  /// The direction as booked. A reversal keeps the direction it is booked in (a reversed
  /// credit is booked as a debit: camt `CdtDbtInd` DBIT with `RvslInd`, MT940 `RC`).
  public var creditDebit: CreditDebit
  /// True for a reversal (camt `RvslInd`, MT940 `RC`/`RD`, CODA/BAI2 reversal codes).
  public var isReversal: Bool
  /// Booked, pending or information (camt `Sts`); line formats are booked, except MT942
  /// entries, which are pending unless the bank says otherwise.
  public var status: EntryStatus
  /// `yyyy-mm-dd`: camt `BookgDt`, MT940 entry date (or value date), CODA booking date.
  public var bookingDate: String?
  /// `yyyy-mm-dd`: camt `ValDt`, MT940 value date, CODA value date.
  public var valueDate: String?
  /// The bank's own reference for the booking: camt `AcctSvcrRef`, MT940 `:61:` bank
  /// reference (after `//`), CODA bank reference, BAI2 bank reference.
  public var bankReference: String?
  /// The account owner's reference: camt `NtryRef`, MT940 `:61:` customer reference
  /// (`NONREF` kept as written), BAI2 customer reference.
  public var customerReference: String?
  /// The bank transaction code as written: camt `BkTxCd` as `Domn/Fmly/SubFmlyCd` or the
  /// proprietary code, MT940 `:61:` type (`NTRF`, `NMSC`…) and `:86:` GVC when given
  /// (`NTRF 166`), CODA transaction code, BAI2 type code.
  public var transactionCode: String?
  /// The charges the bank took on this entry, as a plain decimal, when stated.
  public var charges: String?
  /// The transaction details in file order; an entry without details has none (it is one
  /// payment with the entry's amount).
  public var transactions: [BankTransactionDetail] = []
  /// The free text of the whole entry when the format has no details structure (MT940 `:86:`
  /// unparsed, CODA communication, BAI2 text), already placed into a detail where it could be
  /// parsed; kept here as written.
  public var information: String?
  /// What the reader tolerated in this entry, in a bookkeeper's words (an MT940 `:61:` line
  /// without a transaction type).
  public var warnings: [String] = []
  /// The line of the entry (`<Ntry>`, `:61:`, CODA record 2.1, BAI2 16 record).
  public var line: Int
  /// `/Document/BkToCstmrStmt/Stmt/Ntry[3]`, or `statement 1, :61: on line 12`.
  public var path: String

  public init(
    amount: String, currency: String, creditDebit: CreditDebit, line: Int, path: String
  ) {
    self.amount = amount
    self.currency = currency
    self.creditDebit = creditDebit
    self.isReversal = false
    self.status = .booked
    self.line = line
    self.path = path
  }
}
