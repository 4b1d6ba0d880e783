import Foundation

extension MT940Reader {
  /// The tags that only an MT942 interim report carries: floor limit, date-time, totals.
  private static let interimTags: Set<String> = ["34F", "13D", "13", "90D", "90C"]

  /// One statement from its fields; nil for a `:20:` (and `:21:`) with nothing else.
  static func statement(
    _ message: MT940Message, number: Int, file: String
  ) throws(ParseError) -> BankStatement? {
    guard message.fields.contains(where: { $0.tag != "20" && $0.tag != "21" }) else { return nil }
    let reference = message.fields.first?.value ?? ""
    let place = MT940Place(
      file: file, line: message.line, path: "statement \(number) (:20: \(reference))")
    let isInterim =
      message.announcedType == "942" || message.fields.contains { interimTags.contains($0.tag) }
    var statement = BankStatement(
      format: isInterim ? "MT942" : "MT940", line: place.line, path: place.path)
    statement.statementID = reference.isEmpty ? nil : reference
    try readAccount(of: message, into: &statement, at: place)
    let sequence = message.first("28C", "28")?.value ?? ""
    statement.sequenceNumber = sequence.isEmpty ? nil : sequence
    if let opening = message.first("60F", "60M", "60") {
      let read = try balance(opening, at: fieldPlace(opening, number, file))
      statement.openingBalance = read.balance
      statement.warnings += read.warning.map { [$0] } ?? []
    }
    if let closing = message.last("62F", "62M", "62") {
      let read = try balance(closing, at: fieldPlace(closing, number, file))
      statement.closingBalance = read.balance
      statement.warnings += read.warning.map { [$0] } ?? []
    }
    if !isInterim, statement.openingBalance == nil {
      throw place.error(
        .missingStatementField,
        "statement \(number) (:20: \(reference), line \(place.line)) has no opening balance "
          + "(:60F:), so its bookings cannot be checked against the balance",
        fix: MT940Place.askForCorrectedFile)
    }
    statement.currency =
      statement.openingBalance?.currency ?? statement.closingBalance?.currency
      ?? currency(of: message)
    statement.entries = try entries(
      of: message, number: number, currency: statement.currency, isInterim: isInterim,
      file: file)
    return statement
  }

  /// The place of a field inside statement `number`: `statement 2, :61: on line 14`.
  static func fieldPlace(_ field: MT940Field, _ number: Int, _ file: String) -> MT940Place {
    MT940Place(
      file: file, line: field.line,
      path: "statement \(number), :\(field.tag): on line \(field.line)")
  }

  /// `:25:` (or `:25P:`): an IBAN, `BLZ/Konto` or `BIC/account` split into bank and account,
  /// otherwise the account as written; a trailing currency (`NL34RABO0142623393 EUR`) is dropped.
  private static func readAccount(
    of message: MT940Message, into statement: inout BankStatement, at place: MT940Place
  ) throws(ParseError) {
    guard let field = message.first("25", "25P"), !field.value.isEmpty else {
      throw place.error(
        .missingStatementField,
        "\(place.path), which starts on line \(place.line), has no account (:25:), so its "
          + "bookings cannot be assigned to a bank account",
        fix: MT940Place.askForCorrectedFile)
    }
    var text = field.value
    let words = text.split(separator: " ")
    if words.count == 2, let last = words.last, last.count == 3,
      last.allSatisfy({ $0.isASCII && $0.isUppercase })
    {
      text = String(words[0])
    }
    if let slash = text.firstIndex(of: "/") {
      let bank = String(text[..<slash])
      if MT940AccountShape.isBankCode(bank) || MT940AccountShape.isBIC(bank) {
        statement.bankID = bank
        text = String(text[text.index(after: slash)...])
      }
    }
    let compact = text.replacingOccurrences(of: " ", with: "")
    statement.account = MT940AccountShape.isIBAN(compact) ? compact : text
    if field.tag == "25P", field.lines.count > 1 {
      let bic = field.lines[1].trimmingCharacters(in: .whitespaces)
      if !bic.isEmpty { statement.bankID = bic }
    }
  }

  /// The currency of an MT942 without balances: its `:34F:` floor limit (`EURD12345,67`) or
  /// `:90D:`/`:90C:` totals (`3PLN0,03`).
  private static func currency(of message: MT940Message) -> String? {
    for field in message.fields where ["34F", "90D", "90C"].contains(field.tag) {
      let code = String(field.value.drop(while: \.isASCIIDigit).prefix(3))
      if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) { return code }
    }
    return nil
  }
}
