/// A bank statement booked although its balances do not add up: its opening balance plus its
/// booked entries is not its closing balance.
///
/// Its payments are real, so they are booked (an unbooked payment means a wrong reminder); the
/// statement is marked unproven in the ledger until the bank sends a corrected one.
public struct UnprovenStatement: Sendable, Hashable {
  /// The statement's account as written (an IBAN or the bank's account number).
  public var account: String?
  /// The statement's own id: camt `Stmt/Id`, MT940 `:20:`, CODA sequence, BAI2 group.
  public var statementID: String?
  /// The date of the closing balance, or the day the bank made the statement.
  public var statementDate: LocalDate?
  /// The opening balance, signed (a debit balance is negative).
  public var opening: Money
  /// The signed sum of the entries that were booked.
  public var booked: Money
  /// The closing balance, signed.
  public var closing: Money
  /// What was off, in a bookkeeper's words: the statement, the sums and the difference.
  public var detail: String
  /// Where the statement starts in its file.
  public var source: SourceLocation

  public init(
    account: String?, statementID: String?, statementDate: LocalDate?, opening: Money,
    booked: Money, closing: Money, detail: String, source: SourceLocation
  ) {
    self.account = account
    self.statementID = statementID
    self.statementDate = statementDate
    self.opening = opening
    self.booked = booked
    self.closing = closing
    self.detail = detail
    self.source = source
  }

  /// Closing balance − (opening balance + booked entries): what the bookings miss (negative
  /// when more was booked than the closing balance shows).
  public var difference: Money {
    Money(
      minorUnits: closing.minorUnits &- opening.minorUnits &- booked.minorUnits,
      currency: closing.currency)
  }

  /// "statement 940S130405 of account NL91ABNA0417164300".
  public var name: String {
    "statement \(statementID ?? "?")" + (account.map { " of account \($0)" } ?? "")
  }
}
