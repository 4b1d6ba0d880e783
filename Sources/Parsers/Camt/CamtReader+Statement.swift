extension CamtReader {
  /// The statement children read into the header (everything else but `Ntry` is skipped).
  static let headerElements: Set<String> = [
    "Id", "ElctrncSeqNb", "LglSeqNb", "CreDtTm", "Acct", "Bal",
  ]

  /// Takes what one child element of a `Stmt`/`Rpt`/`Ntfctn` says about the statement: its id,
  /// sequence number, account, or an opening (`OPBD`, else `PRCD`) or closing (`CLBD`) balance.
  /// - Parameter scope: the child as top element with its path, labelled with the statement
  ///   (`of statement 2`, or empty).
  /// - Throws: the located amount, currency and credit/debit errors of a balance that is used.
  static func readHeader(
    _ element: XMLStreamNode, into statement: inout BankStatement, scope: Scope
  ) throws(ParseError) {
    switch element.name {
    case "Id":
      statement.statementID = element.nonEmptyText
    case "ElctrncSeqNb":
      statement.sequenceNumber = element.nonEmptyText ?? statement.sequenceNumber
    case "LglSeqNb":
      statement.sequenceNumber = statement.sequenceNumber ?? element.nonEmptyText
    case "CreDtTm":
      statement.createdOn = element.nonEmptyText.map { String($0.prefix(10)) }
    case "Acct":
      let id = element.child("Id")
      statement.account =
        id?.child("IBAN")?.nonEmptyText ?? id?.descendant("Othr", "Id")?.nonEmptyText
      statement.currency = element.child("Ccy")?.nonEmptyText
      let bank = element.descendant("Svcr", "FinInstnId")
      statement.bankID = bank?.child("BIC")?.nonEmptyText ?? bank?.child("BICFI")?.nonEmptyText
    case "Bal":
      try readBalance(element, into: &statement, scope: scope)
    default:
      break
    }
  }

  private static func readBalance(
    _ element: XMLStreamNode, into statement: inout BankStatement, scope: Scope
  ) throws(ParseError) {
    let kind = element.child("Tp")
    let code =
      kind?.descendant("CdOrPrtry", "Cd")?.nonEmptyText ?? kind?.child("Cd")?.nonEmptyText
    let isOpening =
      (code == "OPBD" && statement.openingBalance?.type != "OPBD")
      || (code == "PRCD" && statement.openingBalance == nil)
    let isClosing = code == "CLBD" && statement.closingBalance == nil
    guard let code, isOpening || isClosing else { return }
    let name = isOpening ? "opening" : "closing"
    var balanceScope = scope.labelled("the \(name) balance (\(code))\(scope.label)")
    balanceScope.fix = "ask the bank for a corrected statement"
    let (amount, currency) = try money(element.child("Amt"), in: element, scope: balanceScope)
    let balance = BankBalance(
      amount: amount, creditDebit: try creditDebit(of: element, scope: balanceScope),
      currency: currency, date: date(element.child("Dt")), type: code)
    if isOpening {
      statement.openingBalance = balance
    } else {
      statement.closingBalance = balance
    }
  }
}
