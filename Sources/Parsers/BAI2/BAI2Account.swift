/// One account of a BAI2 group (03 … 49), read into a statement.
///
/// The 03 record holds the account number, its currency and pairs of type code and amount
/// (each with an item count and a funds type): status code 010 is the opening ledger
/// balance, 015 the closing ledger balance; other codes (available balances, credit and
/// debit totals) only count towards the control total.
struct BAI2Account {
  var statement: BankStatement
  let asOfDate: String
  let decimals: Int
  /// Records from the 03 on (88s included); the 49 adds itself.
  var records: Int
  /// Every amount of the 03 and 16 records, which the 49 control total adds up.
  var amounts: [Int] = []

  /// Reads an account identifier and summary record.
  /// - Throws: `missingStatementField` without an account number; `malformedStatementLine`
  ///   for a currency, type code or amount that cannot be read.
  init(_ record: BAI2Record, group: BAI2Group, fileID: String?, file: String) throws(ParseError) {
    let number = group.accounts + 1
    let path = "group \(group.number), account \(number)"
    var cursor = BAI2FieldCursor(record.body)
    func broken(_ message: String) -> ParseError {
      record.error(
        .malformedStatementLine, message, fix: "ask the bank for a corrected file", file: file,
        path: path)
    }
    guard let account = cursor.next(), !account.isEmpty else {
      throw record.error(
        .missingStatementField, "the account identifier has no account number",
        fix: "ask the bank for a corrected file", file: file, path: path)
    }
    let written = cursor.next() ?? ""
    guard written.isEmpty || BAI2Currency.isCode(written) else {
      throw broken("the currency \"\(written)\" is not a three-letter code")
    }
    let currency = written.isEmpty ? group.currency ?? BAI2Currency.fallback : String(written)
    statement = BankStatement(format: "BAI2", line: record.line, path: path)
    statement.statementID = fileID
    statement.account = String(account)
    statement.bankID = group.originator
    statement.currency = currency
    asOfDate = group.asOfDate
    decimals = BAI2Currency.decimals(currency)
    records = record.physicalRecords
    while let code = cursor.next() {
      let amount = cursor.next() ?? ""
      _ = cursor.next()  // item count
      _ = try BAI2FundsType.read(&cursor, in: record, file: file, path: path)
      if code.isEmpty && amount.isEmpty { continue }
      guard code.count == 3, StatementAmount.integer(code) != nil else {
        throw broken("\"\(code)\" is not a three-digit type code")
      }
      if amount.isEmpty { continue }
      guard let value = BAI2Record.integer(amount) else {
        throw broken("the amount \"\(amount)\" of type code \(code) is not a whole number")
      }
      amounts.append(value)
      if code == "010" || code == "015" { setBalance(value, code: String(code)) }
    }
  }

  private mutating func setBalance(_ value: Int, code: String) {
    let balance = BankBalance(
      amount: StatementAmount.decimal(value, decimals: decimals),
      creditDebit: value < 0 ? .debit : .credit, currency: statement.currency, date: asOfDate,
      type: code)
    if code == "010" {
      statement.openingBalance = balance
    } else {
      statement.closingBalance = balance
    }
  }
}
