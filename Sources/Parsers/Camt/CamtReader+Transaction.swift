extension CamtReader {
  /// One `<TxDtls>`, as written.
  /// - Parameters:
  ///   - scope: the entry as top element, labelled `transaction 2 of entry 3`.
  ///   - direction: how the entry moved money, to pick the counterparty.
  /// - Throws: the located amount and currency errors of the detail's amount.
  static func transaction(_ details: XMLStreamNode, scope: Scope, direction: Direction)
    throws(ParseError) -> BankTransactionDetail
  {
    var detail = BankTransactionDetail(line: details.line, path: scope.path(of: details))
    if let amount = details.child("Amt") ?? details.descendant("AmtDtls", "TxAmt", "Amt") {
      let (value, currency) = try money(amount, in: details, scope: scope)
      detail.amount = value
      detail.currency = currency
    }
    let references = details.child("Refs")
    let endToEnd = references?.child("EndToEndId")?.nonEmptyText
    detail.endToEndID = endToEnd?.uppercased() == "NOTPROVIDED" ? nil : endToEnd
    detail.bankReference = references?.child("AcctSvcrRef")?.nonEmptyText
    detail.mandateID = references?.child("MndtId")?.nonEmptyText
    let counterparty = counterparty(details, direction: direction)
    detail.counterpartyName = counterparty.name
    detail.counterpartyAccount = counterparty.account
    detail.counterpartyBankID = counterparty.bankID
    let parties = details.child("RltdPties")
    detail.ultimateDebtor =
      parties?.descendant("UltmtDbtr", "Nm")?.nonEmptyText
      ?? parties?.descendant("UltmtDbtr", "Pty", "Nm")?.nonEmptyText
    readRemittance(details.child("RmtInf"), into: &detail)
    let reason = details.descendant("RtrInf", "Rsn")
    detail.returnReason =
      reason?.child("Cd")?.nonEmptyText ?? reason?.child("Prtry")?.nonEmptyText
    return detail
  }

  /// Structured creditor references (`Strd/CdtrRefInf/Ref`, all, with the first one's type)
  /// and the unstructured lines (`Ustrd`, all, trimmed).
  private static func readRemittance(
    _ remittance: XMLStreamNode?, into detail: inout BankTransactionDetail
  ) {
    guard let remittance else { return }
    let creditorReferences = remittance.children("Strd").flatMap { $0.children("CdtrRefInf") }
    for reference in creditorReferences {
      guard let value = reference.child("Ref")?.nonEmptyText else { continue }
      if detail.structuredReferences.isEmpty {
        let type = reference.descendant("Tp", "CdOrPrtry")
        detail.referenceType =
          type?.child("Cd")?.nonEmptyText ?? type?.child("Prtry")?.nonEmptyText
      }
      detail.structuredReferences.append(value)
    }
    detail.remittance = remittance.children("Ustrd").compactMap(\.nonEmptyText)
  }
}
