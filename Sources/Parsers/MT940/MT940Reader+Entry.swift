extension MT940Reader {
  /// The bookings of a statement: each `:61:` with the `:86:` fields right after it. An `:86:`
  /// that follows no `:61:` (statement-level text after `:60F:` or `:62F:`) belongs to no entry.
  static func entries(
    of message: MT940Message, number: Int, currency: String?, isInterim: Bool, file: String
  ) throws(ParseError) -> [BankStatementEntry] {
    var entries: [BankStatementEntry] = []
    let fields = message.fields
    for (index, field) in fields.enumerated() where field.tag == "61" {
      let narrative = fields[(index + 1)...].prefix { $0.tag == "86" }
      entries.append(
        try entry(
          field, narrative: Array(narrative), currency: currency, isInterim: isInterim,
          at: fieldPlace(field, number, file)))
    }
    return entries
  }

  private static func entry(
    _ field: MT940Field, narrative: [MT940Field], currency: String?, isInterim: Bool,
    at place: MT940Place
  ) throws(ParseError) -> BankStatementEntry {
    let line = try MT940StatementLine(field, at: place)
    guard let currency else {
      throw place.error(
        .missingStatementField,
        "the booking on line \(place.line) has no currency: its statement has no opening "
          + "balance (:60F:) or floor limit (:34F:) that names one",
        fix: MT940Place.askForCorrectedFile)
    }
    var entry = BankStatementEntry(
      amount: line.amount, currency: currency, creditDebit: line.creditDebit, line: place.line,
      path: place.path)
    entry.isReversal = line.isReversal
    entry.status = isInterim || line.isExpected ? .pending : .booked
    entry.valueDate = line.valueDate.iso
    entry.bookingDate = (line.entryDate ?? line.valueDate).iso
    entry.customerReference = line.customerReference
    entry.bankReference = line.bankReference
    entry.transactionCode = line.transactionType
    entry.warnings = line.warnings
    let written = narrative.flatMap(\.lines)
    if let first = narrative.first {
      let reading = MT940Narrative.read(written, line: first.line, path: place.path + " :86:")
      if let code = reading.businessCode {
        entry.transactionCode = [line.transactionType, code].compactMap { $0 }
          .joined(separator: " ")
      }
      var detail = reading.detail
      if detail.counterpartyAccount == nil, let extra = line.supplementaryDetails,
        MT940AccountShape.isAccountNumber(extra)
      {
        detail.counterpartyAccount = extra
      }
      entry.transactions = [detail]
    }
    let text = [line.supplementaryDetails, asWritten(written)].compactMap { $0 }
    entry.information = text.isEmpty ? nil : text.joined(separator: "\n")
    return entry
  }

  /// The `:86:` lines joined with line breaks, trailing blanks (padding) and blank first and
  /// last lines left out; nil when nothing is left.
  private static func asWritten(_ lines: [String]) -> String? {
    let kept = lines.map { line in
      String(line.reversed().drop(while: \.isWhitespace).reversed())
    }
    guard let first = kept.firstIndex(where: { !$0.isEmpty }),
      let last = kept.lastIndex(where: { !$0.isEmpty })
    else { return nil }
    return kept[first...last].joined(separator: "\n")
  }
}
