extension UBLInvoiceReader {
  /// One `cac:PaymentMeans` (BG-16 with BG-17 and BG-19).
  static func paymentMeans(_ element: XMLElementNode) -> EInvoicePaymentMeans {
    var means = EInvoicePaymentMeans()
    means.code = XMLText(element.cbc("PaymentMeansCode"))
    means.paymentReference = XMLText(element.cbc("PaymentID"))
    means.dueDate = XMLText(element.cbc("PaymentDueDate"))
    if let account = element.cac("PayeeFinancialAccount") {
      means.accountID = XMLText(account.cbc("ID"), qualifier: "schemeID")
      let branch = account.cac("FinancialInstitutionBranch")
      // UBL 2.1 puts the BIC on the branch (Peppol BIS 3); UBL 2.0 and the OASIS examples on
      // the branch's FinancialInstitution.
      means.bankID =
        XMLText(branch?.cbc("ID"), qualifier: "schemeID")
        ?? XMLText(branch?.cac("FinancialInstitution")?.cbc("ID"), qualifier: "schemeID")
    }
    if let mandate = element.cac("PaymentMandate") {
      means.mandateID = XMLText(mandate.cbc("ID"))
      means.debitedAccountID = XMLText(
        mandate.cac("PayerFinancialAccount")?.cbc("ID"), qualifier: "schemeID")
    }
    return means
  }

  /// `cac:LegalMonetaryTotal` (BG-22) and the VAT total in the document currency (BT-110).
  /// - Parameters:
  ///   - total: the `cac:LegalMonetaryTotal`, when present.
  ///   - taxTotals: every root `cac:TaxTotal`; the one whose `cbc:TaxAmount` is in `currency`
  ///     wins (a second one carries BT-111, the VAT in accounting currency), else the first.
  ///   - currency: the document currency (BT-5) as written.
  static func totals(_ total: XMLElementNode?, taxTotals: [XMLElementNode], currency: String?)
    -> EInvoiceTotals
  {
    var totals = EInvoiceTotals()
    let taxAmounts = taxTotals.compactMap { $0.cbc("TaxAmount") }
    let taxAmount =
      taxAmounts.first { currency != nil && $0.attributes["currencyID"] == currency }
      ?? taxAmounts.first
    totals.taxTotal = XMLText(taxAmount, qualifier: "currencyID")
    guard let total else { return totals }
    for child in total.children where child.namespace == EInvoiceNamespace.ublBasic {
      switch child.name {
      case "LineExtensionAmount": totals.lineTotal.fillOnce(child, qualifier: "currencyID")
      case "TaxExclusiveAmount": totals.taxExclusive.fillOnce(child, qualifier: "currencyID")
      case "TaxInclusiveAmount": totals.taxInclusive.fillOnce(child, qualifier: "currencyID")
      case "PrepaidAmount": totals.prepaid.fillOnce(child, qualifier: "currencyID")
      case "PayableRoundingAmount": totals.rounding.fillOnce(child, qualifier: "currencyID")
      case "PayableAmount": totals.payable.fillOnce(child, qualifier: "currencyID")
      default: break
      }
    }
    return totals
  }
}
