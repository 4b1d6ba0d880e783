extension MT940Reader {
  /// A balance field (`:60F:`, `:60M:`, `:62F:`, `:62M:`): `C` or `D`, the date `YYMMDD`, the
  /// currency and the amount with a decimal comma, e.g. `C250301EUR1234,56`. A date on a day its
  /// month does not have (`021131`) is read as the last day of that month, with a warning.
  /// - Throws: `malformedStatementLine` or `invalidStatementDate`, at `place`.
  static func balance(_ field: MT940Field, at place: MT940Place) throws(ParseError) -> (
    balance: BankBalance, warning: String?
  ) {
    let text = field.value
    let characters = Array(text)
    let name = balanceName(field.tag)
    let malformed = place.error(
      .malformedStatementLine,
      "the \(name) (:\(field.tag):) on line \(field.line) cannot be read: \"\(text)\"",
      fix: MT940Place.askForCorrectedFile
        + "; a balance reads like C250301EUR1234,56 (C or D, date YYMMDD, currency, amount)")
    guard characters.count > 10, let mark = characters.first, mark == "C" || mark == "D",
      characters[1..<7].allSatisfy(\.isASCIIDigit),
      characters[7..<10].allSatisfy({ $0.isASCII && $0.isUppercase }),
      let amount = MT940Amount.plain(String(characters[10...]))
    else { throw malformed }
    let dateText = String(characters[1..<7])
    var warning: String?
    var day = MT940Day(yymmdd: dateText)
    if day == nil, let monthEnd = MT940Day(pastMonthEnd: dateText) {
      day = monthEnd
      warning =
        "the \(name) (:\(field.tag):) on line \(field.line) is dated \(dateText), a day that does "
        + "not exist; it was read as \(monthEnd.iso), the last day of that month"
    }
    guard let day else {
      throw place.error(
        .invalidStatementDate,
        "the date \(dateText) of the \(name) (:\(field.tag):) on line \(field.line) is not a "
          + "date (expected YYMMDD)",
        fix: MT940Place.askForCorrectedFile)
    }
    let balance = BankBalance(
      amount: amount, creditDebit: mark == "C" ? .credit : .debit,
      currency: String(characters[7..<10]), date: day.iso, type: field.tag)
    return (balance, warning)
  }

  private static func balanceName(_ tag: String) -> String {
    switch tag {
    case "60F", "60": "opening balance"
    case "60M": "intermediate opening balance"
    case "62M": "intermediate closing balance"
    default: "closing balance"
    }
  }
}
