import Foundation

extension BAI2Account {
  /// Reads a transaction detail record 16: type code, amount, funds type (with its extra
  /// fields), bank reference, customer reference, and free text to the end of the record.
  ///
  /// Type codes 100–399 are credits and 400–699 debits, booked (`BOOK`). Loan (700–799),
  /// other (800–899) and customer-defined codes (900–999) carry no agreed direction on the
  /// account, so they are kept as `INFO` entries, which the balance proof leaves out: a
  /// credit for 920–959, a debit for 960–999 (the customer-defined credit and debit ranges),
  /// otherwise marked credit.
  /// - Throws: `malformedStatementLine` for a type code, amount or funds type that cannot be
  ///   read; `invalidStatementDate` for a value date that is not a date.
  mutating func addDetail(_ record: BAI2Record, file: String) throws(ParseError) {
    let path = "\(statement.path), 16 on line \(record.line)"
    func broken(_ message: String) -> ParseError {
      record.error(
        .malformedStatementLine, message, fix: "ask the bank for a corrected file", file: file,
        path: path)
    }
    var cursor = BAI2FieldCursor(record.body)
    let code = cursor.next() ?? ""
    guard code.count == 3, let typeCode = StatementAmount.integer(code), typeCode >= 100 else {
      throw broken("\"\(code)\" is not a transaction type code (three digits, 100–999)")
    }
    let written = cursor.next() ?? ""
    let digits = written.first == "+" ? written.dropFirst() : written
    guard let amount = StatementAmount.integer(digits) else {
      throw broken(
        "the amount \"\(written)\" is not a whole number of minor units (BAI2 writes "
          + "12345 for 123.45, unsigned: the type code gives the direction)")
    }
    let valueDate = try BAI2FundsType.read(&cursor, in: record, file: file, path: path)
    let bankReference = cursor.next().flatMap(Self.trimmed)
    let customerReference = cursor.next().flatMap(Self.trimmed)
    let texts = ([cursor.remainder()] + record.continuationTexts).compactMap(Self.trimmed)
    records += record.physicalRecords
    amounts.append(amount)

    let (direction, booked) = Self.direction(typeCode)
    var entry = BankStatementEntry(
      amount: StatementAmount.decimal(amount, decimals: decimals),
      currency: statement.currency ?? BAI2Currency.fallback, creditDebit: direction,
      line: record.line, path: path)
    entry.status = booked ? .booked : .information
    entry.bookingDate = asOfDate
    entry.valueDate = valueDate
    entry.bankReference = bankReference
    entry.customerReference = customerReference
    entry.transactionCode = String(code)
    entry.information = texts.isEmpty ? nil : texts.joined(separator: "\n")
    var detail = BankTransactionDetail(line: record.line, path: path)
    BAI2Keywords.read(texts, direction: direction, into: &detail)
    entry.transactions = [detail]
    statement.entries.append(entry)
  }

  /// The direction of a detail type code and whether it is booked on the account.
  static func direction(_ typeCode: Int) -> (CreditDebit, booked: Bool) {
    switch typeCode {
    case 100...399: (.credit, true)
    case 400...699: (.debit, true)
    case 960...999: (.debit, false)
    default: (.credit, false)
    }
  }

  private static func trimmed(_ text: Substring) -> String? {
    let value = text.trimmingCharacters(in: .whitespaces)
    return value.isEmpty ? nil : value
  }
}
