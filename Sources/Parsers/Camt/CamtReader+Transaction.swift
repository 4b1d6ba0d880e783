extension CamtReader {
  /// What a transaction detail needs to know about its entry.
  struct TransactionContext {
    let label: String
    /// The entry is a credit (money in).
    let entryIsCredit: Bool
    /// The entry reverses an earlier one (`RvslInd`).
    let entryIsReversal: Bool
    let accountIBAN: String?
    let file: String
  }

  static func transaction(_ details: XMLElementNode, context: TransactionContext)
    throws(ParseError) -> CamtTransaction
  {
    let amountElement = details.child("Amt") ?? details.descendant("AmtDtls", "TxAmt", "Amt")
    var amount: String?
    var currency: String?
    if let amountElement {
      (amount, currency) = try money(
        amountElement, in: details, label: context.label, file: context.file)
    }
    let endToEnd = details.descendant("Refs", "EndToEndId")?.nonEmptyText
    let remittance = details.child("RmtInf")
    let counterparty = counterparty(details, context: context)
    return CamtTransaction(
      amount: amount,
      currency: currency,
      endToEndId: endToEnd?.uppercased() == "NOTPROVIDED" ? nil : endToEnd,
      accountServicerReference: details.descendant("Refs", "AcctSvcrRef")?.nonEmptyText,
      counterpartyName: counterparty.name,
      counterpartyIBAN: counterparty.iban,
      structuredReferences: (remittance?.children("Strd") ?? [])
        .flatMap { $0.children("CdtrRefInf") }
        .compactMap { $0.child("Ref")?.nonEmptyText },
      unstructuredRemittance: (remittance?.children("Ustrd") ?? []).compactMap(\.nonEmptyText),
      line: details.line,
      path: details.path)
  }

  /// The debtor for money in, the creditor for money out, judged by the original payment: a
  /// reversal (`RvslInd`) or a return (`RtrInf`) turns the entry's direction around. Falls back
  /// to the other side when the chosen one is empty or is the statement's own account.
  private static func counterparty(_ details: XMLElementNode, context: TransactionContext)
    -> (name: String?, iban: String?)
  {
    let parties = details.child("RltdPties")
    let debtor = party(parties, role: "Dbtr", account: "DbtrAcct")
    let creditor = party(parties, role: "Cdtr", account: "CdtrAcct")
    let undoesEarlierPayment = context.entryIsReversal || details.child("RtrInf") != nil
    let moneyCameIn = context.entryIsCredit != undoesEarlierPayment
    let (first, second) = moneyCameIn ? (debtor, creditor) : (creditor, debtor)
    let ownAccount = context.accountIBAN.map(compactIBAN)
    let usable = { (side: (name: String?, iban: String?)) -> Bool in
      (side.name != nil || side.iban != nil)
        && (side.iban == nil || side.iban.map(compactIBAN) != ownAccount)
    }
    if usable(first) || !usable(second) { return first }
    return second
  }

  /// An IBAN without spaces, in capitals, for comparing.
  private static func compactIBAN(_ iban: String) -> String {
    String(iban.filter { $0 != " " }).uppercased()
  }

  private static func party(_ parties: XMLElementNode?, role: String, account: String)
    -> (name: String?, iban: String?)
  {
    let name =
      parties?.descendant(role, "Nm")?.nonEmptyText
      ?? parties?.descendant(role, "Pty", "Nm")?.nonEmptyText
    return (name, parties?.descendant(account, "Id", "IBAN")?.nonEmptyText)
  }
}
