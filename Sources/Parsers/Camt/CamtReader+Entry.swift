extension CamtReader {
  /// What an entry needs to know about where it sits.
  struct EntryContext {
    /// How the entry is named in messages, e.g. `entry 3` or `entry 3 of statement 2`.
    let label: String
    /// The statement account's IBAN, so the account holder is never taken as counterparty.
    let accountIBAN: String?
    let file: String
  }

  static func entry(_ ntry: XMLElementNode, context: EntryContext) throws(ParseError)
    -> CamtEntry
  {
    let (amount, currency) = try money(
      ntry.child("Amt"), in: ntry, label: context.label, file: context.file)
    let creditDebit = try creditDebit(ntry, context: context)
    let isReversal = ["true", "1"].contains(ntry.child("RvslInd")?.text.lowercased() ?? "")
    var transactions: [CamtTransaction] = []
    let details = ntry.children("NtryDtls").flatMap { $0.children("TxDtls") }
    for (index, element) in details.enumerated() {
      let side = TransactionContext(
        label: "transaction \(index + 1) of \(context.label)",
        entryIsCredit: creditDebit == .credit, entryIsReversal: isReversal,
        accountIBAN: context.accountIBAN, file: context.file)
      transactions.append(try transaction(element, context: side))
    }
    return CamtEntry(
      amount: amount,
      currency: currency,
      creditDebit: creditDebit,
      isReversal: isReversal,
      status: status(ntry.child("Sts")),
      bookingDate: date(ntry.child("BookgDt")),
      valueDate: date(ntry.child("ValDt")),
      accountServicerReference: ntry.child("AcctSvcrRef")?.nonEmptyText,
      entryReference: ntry.child("NtryRef")?.nonEmptyText,
      transactions: transactions,
      line: ntry.line,
      path: ntry.path)
  }

  private static func creditDebit(_ ntry: XMLElementNode, context: EntryContext)
    throws(ParseError) -> CamtEntry.CreditDebit
  {
    guard let indicator = ntry.child("CdtDbtInd") else {
      throw entryError(
        .missingCreditDebit, at: ntry, element: ntry.path + "/CdtDbtInd", file: context.file,
        message: "\(context.label) does not say whether it is a credit or a debit (<CdtDbtInd>)")
    }
    guard let value = CamtEntry.CreditDebit(rawValue: indicator.text) else {
      throw entryError(
        .invalidCreditDebit, at: indicator, element: indicator.path, file: context.file,
        message: "\(context.label) has <CdtDbtInd> \"\(indicator.text)\"; it must be CRDT or DBIT")
    }
    return value
  }

  /// `<Sts>` text (up to camt.053.001.07) or `<Sts><Cd>` / `<Sts><Prtry>` (from .08).
  private static func status(_ element: XMLElementNode?) -> String {
    guard let element else { return "" }
    guard !element.children.isEmpty else { return element.text }
    return (element.child("Cd") ?? element.child("Prtry"))?.text ?? ""
  }

  /// `<Dt>` or the date part of `<DtTm>` of a date choice such as `<BookgDt>`.
  private static func date(_ element: XMLElementNode?) -> String? {
    guard let element else { return nil }
    if let day = element.child("Dt")?.nonEmptyText { return day }
    return element.child("DtTm")?.nonEmptyText.map { String($0.prefix(10)) }
  }
}
