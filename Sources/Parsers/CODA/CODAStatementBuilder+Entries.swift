extension CODAStatementBuilder {
  /// The statement with its entries, once its trailer record 9 is read.
  /// - Parameter checkingTotals: whether the trailer's record count and sums must match.
  /// - Throws: `missingStatementField` without a record 1 or 8; `malformedStatementLine`
  ///   when the trailer disagrees with the movements.
  func finish(trailer: CODARecord, checkingTotals: Bool) throws(ParseError) -> BankStatement {
    guard let currency = statement.currency else {
      throw header.error(
        .missingStatementField,
        "statement \(number) has no old balance record 1, so its account, currency and "
          + "opening balance are unknown", fix: "download the CODA file again from the bank")
    }
    guard statement.closingBalance != nil else {
      throw trailer.error(
        .missingStatementField, "statement \(number) has no new balance record 8",
        fix: "download the CODA file again from the bank")
    }
    if checkingTotals { try check(trailer) }
    var result = statement
    result.entries = bookings.map { entry($0, currency: currency) }
    return result
  }

  /// The bookings: runs of records 2.1 with the same sequence number. The first is what the
  /// account was booked with; the others (detail number above 0000) are its details, so a
  /// globalised movement is one booking, not counted twice.
  var bookings: [ArraySlice<CODAMovement>] {
    var result: [ArraySlice<CODAMovement>] = []
    var start = movements.startIndex
    for index in movements.indices.dropFirst()
    where movements[index].sequence != movements[index - 1].sequence {
      result.append(movements[start..<index])
      start = index
    }
    if start < movements.endIndex { result.append(movements[start...]) }
    return result
  }

  private func entry(_ booking: ArraySlice<CODAMovement>, currency: String) -> BankStatementEntry {
    let head = booking[booking.startIndex]
    var entry = BankStatementEntry(
      amount: StatementAmount.decimal(head.amount, decimals: 3), currency: currency,
      creditDebit: head.creditDebit, line: head.line, path: head.path)
    entry.bookingDate = head.bookingDate
    entry.valueDate = head.valueDate
    entry.bankReference = head.bankReference
    entry.transactionCode = head.transactionCode
    let details = booking.dropFirst()
    entry.transactions =
      details.isEmpty
      ? [head.transaction(amount: nil, currency: currency)]
      : details.map {
        $0.transaction(amount: StatementAmount.decimal($0.amount, decimals: 3), currency: currency)
      }
    let texts = booking.flatMap(\.readableTexts)
    entry.information = texts.isEmpty ? nil : texts.joined(separator: "\n")
    return entry
  }

  /// Record 9: positions 17–22 the number of records 1–8, 23–37 the debit and 38–52 the
  /// credit total of the bookings.
  private func check(_ trailer: CODARecord) throws(ParseError) {
    guard let count = StatementAmount.integer(trailer.text(17, 22)) else {
      throw trailer.error(
        .malformedStatementLine,
        "the number of records in positions 17–22 is \"\(trailer.text(17, 22))\", not digits",
        fix: "download the CODA file again from the bank")
    }
    let debit = try trailer.amount(23, 37, what: "debit total")
    let credit = try trailer.amount(38, 52, what: "credit total")
    let heads = bookings.map { $0[$0.startIndex] }
    let debits = StatementAmount.total(heads.filter { $0.creditDebit == .debit }.map(\.amount))
    let credits = StatementAmount.total(heads.filter { $0.creditDebit == .credit }.map(\.amount))
    guard count != recordCount || debit != debits || credit != credits else { return }
    func money(_ value: Int?) -> String {
      value.map { StatementAmount.decimal($0, decimals: 3) } ?? "too large to add up"
    }
    throw trailer.error(
      .malformedStatementLine,
      "the trailer says statement \(number) has \(count) records, debits of \(money(debit)) "
        + "and credits of \(money(credit)), but it holds \(recordCount) records, debits of "
        + "\(money(debits)) and credits of \(money(credits))",
      fix: "the file is incomplete or was changed after the bank made it: download the CODA "
        + "file again, and never edit a CODA file by hand")
  }
}
