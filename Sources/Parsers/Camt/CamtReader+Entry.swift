extension CamtReader {
  /// One `<Ntry>` with its details, as written.
  /// - Parameters:
  ///   - scope: the entry as top element, its path and label (`entry 3 of statement 2`).
  ///   - account: the statement's own account, never taken as the counterparty.
  /// - Throws: the located amount, currency and credit/debit errors of the entry or a detail.
  static func entry(_ ntry: XMLStreamNode, scope: Scope, account: String?) throws(ParseError)
    -> BankStatementEntry
  {
    let (amount, currency) = try money(ntry.child("Amt"), in: ntry, scope: scope)
    var entry = BankStatementEntry(
      amount: amount, currency: currency, creditDebit: try creditDebit(of: ntry, scope: scope),
      line: ntry.line, path: scope.topPath)
    entry.isReversal = ["true", "1"].contains(ntry.child("RvslInd")?.text.lowercased() ?? "")
    if let status = status(ntry.child("Sts")) { entry.status = EntryStatus(code: status) }
    entry.bookingDate = date(ntry.child("BookgDt"))
    entry.valueDate = date(ntry.child("ValDt"))
    entry.bankReference = ntry.child("AcctSvcrRef")?.nonEmptyText
    entry.customerReference = ntry.child("NtryRef")?.nonEmptyText
    let details = ntry.children("NtryDtls").flatMap { $0.children("TxDtls") }
    entry.transactionCode =
      transactionCode(ntry.child("BkTxCd"))
      ?? details.lazy.compactMap { transactionCode($0.child("BkTxCd")) }.first
    let ownCharges = ntry.children("Chrgs")
    entry.charges = try charges(
      ownCharges.isEmpty ? details.flatMap { $0.children("Chrgs") } : ownCharges, scope: scope)
    let direction = Direction(
      isCredit: entry.creditDebit == .credit, isReversal: entry.isReversal, account: account)
    for (index, element) in details.enumerated() {
      let detailScope = scope.labelled("transaction \(index + 1) of \(scope.label)")
      entry.transactions.append(
        try transaction(element, scope: detailScope, direction: direction))
    }
    return entry
  }

  /// `<Sts>` text (up to version .07) or `<Sts><Cd>` / `<Sts><Prtry>` (from .08); nil when
  /// absent or empty.
  private static func status(_ element: XMLStreamNode?) -> String? {
    guard let element else { return nil }
    guard let code = element.child("Cd") ?? element.child("Prtry") else {
      return element.nonEmptyText
    }
    return code.nonEmptyText
  }

  /// `Domn/Cd`, `Domn/Fmly/Cd` and `Domn/Fmly/SubFmlyCd` joined with `/` (`PMNT/RCDT/ESCT`),
  /// else the proprietary `Prtry/Cd` as written (`NTRF+166`; its `Issr` is left out); nil when
  /// the bank left `<BkTxCd>` empty.
  static func transactionCode(_ code: XMLStreamNode?) -> String? {
    guard let code else { return nil }
    if let domain = code.child("Domn"), let domainCode = domain.child("Cd")?.nonEmptyText {
      let family = domain.child("Fmly")
      let parts = [family?.child("Cd")?.nonEmptyText, family?.child("SubFmlyCd")?.nonEmptyText]
      return ([domainCode] + parts.compactMap { $0 }).joined(separator: "/")
    }
    return code.descendant("Prtry", "Cd")?.nonEmptyText
  }
}
