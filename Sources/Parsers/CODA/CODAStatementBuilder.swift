/// Collects the records of one CODA statement, from its record 0 to its record 9.
struct CODAStatementBuilder {
  let number: Int
  private(set) var statement: BankStatement
  var movements: [CODAMovement] = []
  /// Records 1 through 8 seen so far, which the trailer counts.
  private(set) var recordCount = 0
  let header: CODARecord

  /// Starts a statement at its header record 0 (creation date, bank BIC, version).
  /// - Throws: `unknownStatementFormat` for CODA version 1; `invalidStatementDate` when the
  ///   creation date is not a date.
  init(header: CODARecord, number: Int) throws(ParseError) {
    self.header = header
    self.number = number
    let version = header.text(128, 128)
    guard version == "2" else {
      throw header.error(
        .unknownStatementFormat,
        "the file is CODA version \"\(version)\" (position 128); only CODA 2, the Febelfin "
          + "standard since 2007, is read",
        fix: "ask the bank to send CODA version 2 statements")
    }
    _ = try header.date(6, 11, what: "creation date")
    statement = BankStatement(format: "CODA 2", line: header.line, path: "statement \(number)")
    statement.bankID = header.trimmed(61, 71)
  }

  /// Takes in the next record of the statement.
  /// - Throws: `malformedStatementLine` for a record out of place or unknown, and whatever
  ///   reading the record finds.
  mutating func add(_ record: CODARecord) throws(ParseError) {
    recordCount += 1
    switch record.kind {
    case "1": try readOldBalance(record)
    case "21": movements.append(try CODAMovement(record))
    case "22": movements[try movementIndex(for: record)].add22(record)
    case "23": movements[try movementIndex(for: record)].add23(record)
    case "31":
      movements[try movementIndex(for: record, sameDetail: false)].addInformation(.init(record))
    case "32", "33": try continueInformation(record)
    case "4": break  // a free message from the bank to the account holder, not a booking
    case "8": statement.closingBalance = try balance(record, sign: 42, type: "8")
    default:
      throw record.error(
        .malformedStatementLine,
        "\"\(record.kind)\" is not a CODA record type (0, 1, 2.1–2.3, 3.1–3.3, 4, 8 or 9)",
        fix: "check that the file is a CODA statement and download it again from the bank")
    }
  }

  private mutating func readOldBalance(_ record: CODARecord) throws(ParseError) {
    let structure = record.text(2, 2)
    switch structure {
    case "0": statement.account = record.trimmed(6, 17)
    case "2": statement.account = record.trimmed(6, 21)
    case "1", "3": statement.account = record.trimmed(6, 39)
    default:
      throw record.error(
        .malformedStatementLine,
        "the account structure in position 2 is \"\(structure)\"; CODA writes 0–3",
        fix: "ask the bank for a corrected CODA file")
    }
    let currency = structure == "0" ? record.trimmed(19, 21) : record.trimmed(40, 42)
    guard let currency, currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase })
    else {
      throw record.error(
        .missingStatementField, "the account has no three-letter currency",
        fix: "ask the bank for a corrected CODA file")
    }
    statement.currency = currency
    statement.sequenceNumber = record.trimmed(3, 5)
    statement.statementID = record.trimmed(126, 128)
    statement.path = "statement \(number) (CODA \(statement.statementID ?? "?"))"
    statement.openingBalance = try balance(record, sign: 43, type: "1")
  }

  /// The old (record 1) or new (record 8) balance: sign, 15 digits, `DDMMYY` date.
  private func balance(_ record: CODARecord, sign: Int, type: String) throws(ParseError)
    -> BankBalance
  {
    let direction: CreditDebit
    switch record.text(sign, sign) {
    case "0": direction = .credit
    case "1": direction = .debit
    case let other:
      throw record.error(
        .malformedStatementLine,
        "the balance sign in position \(sign) is \"\(other)\"; CODA writes 0 for a credit "
          + "balance and 1 for a debit (overdrawn) balance",
        fix: "ask the bank for a corrected CODA file")
    }
    let amount = try record.amount(sign + 1, sign + 15, what: "balance")
    return BankBalance(
      amount: StatementAmount.decimal(amount, decimals: 3), creditDebit: direction,
      currency: statement.currency,
      date: try record.date(sign + 16, sign + 21, what: "balance date"), type: type)
  }
}
