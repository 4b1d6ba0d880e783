extension CIIInvoiceReader {
  /// What `ram:ApplicableHeaderTradeSettlement` holds once for all payment means.
  private struct SettlementTerms {
    var paymentReference: XMLText?
    var mandateID: XMLText?
    var summation: XMLElementNode?
  }

  /// `ram:ApplicableHeaderTradeSettlement`: BT-5, BT-83, BT-90, BG-16, BT-20, BT-9, BT-89,
  /// BT-25 and the totals.
  static func readSettlement(_ settlement: XMLElementNode, into document: inout EInvoiceDocument) {
    var terms = SettlementTerms()
    for child in settlement.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "CreditorReferenceID": document.creditorID.fillOnce(child)
      case "PaymentReference": terms.paymentReference.fillOnce(child)
      case "InvoiceCurrencyCode": document.currency.fillOnce(child)
      case "SpecifiedTradeSettlementPaymentMeans": document.paymentMeans.append(means(child))
      case "SpecifiedTradePaymentTerms":
        document.paymentTerms += child.allRam("Description").compactMap { XMLText($0) }
        document.dueDate.fillOnce(child.ram("DueDateDateTime")?.dateTimeString, qualifier: "format")
        terms.mandateID.fillOnce(child.ram("DirectDebitMandateID"))
      case "SpecifiedTradeSettlementHeaderMonetarySummation":
        terms.summation = terms.summation ?? child
      case "InvoiceReferencedDocument":
        if let id = XMLText(child.ram("IssuerAssignedID")) { document.precedingInvoices.append(id) }
      default: break
      }
    }
    document.totals = totals(terms.summation, currency: document.currency?.text)
    if document.paymentMeans.isEmpty, terms.paymentReference != nil || terms.mandateID != nil {
      document.paymentMeans = [EInvoicePaymentMeans()]
    }
    // CII states the payment reference and the mandate once per settlement; each payment means
    // carries them, as UBL's do.
    for index in document.paymentMeans.indices {
      document.paymentMeans[index].paymentReference = terms.paymentReference
      document.paymentMeans[index].mandateID = terms.mandateID
    }
  }

  /// One `ram:SpecifiedTradeSettlementPaymentMeans` (BT-81, BT-84, BT-86, BT-91).
  private static func means(_ element: XMLElementNode) -> EInvoicePaymentMeans {
    var means = EInvoicePaymentMeans()
    means.code = XMLText(element.ram("TypeCode"))
    let account = element.ram("PayeePartyCreditorFinancialAccount")
    means.accountID = XMLText(account?.ram("IBANID")) ?? XMLText(account?.ram("ProprietaryID"))
    means.bankID = XMLText(element.ram("PayeeSpecifiedCreditorFinancialInstitution")?.ram("BICID"))
    means.debitedAccountID = XMLText(element.ram("PayerPartyDebtorFinancialAccount")?.ram("IBANID"))
    return means
  }

  /// `ram:SpecifiedTradeSettlementHeaderMonetarySummation` (BG-22); the `TaxTotalAmount` in the
  /// invoice currency wins over one in the tax currency (BT-111), else the first.
  private static func totals(_ summation: XMLElementNode?, currency: String?) -> EInvoiceTotals {
    var totals = EInvoiceTotals()
    guard let summation else { return totals }
    var taxAmounts: [XMLElementNode] = []
    for child in summation.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "LineTotalAmount": totals.lineTotal.fillOnce(child, qualifier: "currencyID")
      case "TaxBasisTotalAmount": totals.taxExclusive.fillOnce(child, qualifier: "currencyID")
      case "TaxTotalAmount": taxAmounts.append(child)
      case "GrandTotalAmount": totals.taxInclusive.fillOnce(child, qualifier: "currencyID")
      case "TotalPrepaidAmount": totals.prepaid.fillOnce(child, qualifier: "currencyID")
      case "RoundingAmount": totals.rounding.fillOnce(child, qualifier: "currencyID")
      case "DuePayableAmount": totals.payable.fillOnce(child, qualifier: "currencyID")
      default: break
      }
    }
    let taxAmount =
      taxAmounts.first { currency != nil && $0.attributes["currencyID"] == currency }
      ?? taxAmounts.first
    totals.taxTotal = XMLText(taxAmount, qualifier: "currencyID")
    return totals
  }
}
