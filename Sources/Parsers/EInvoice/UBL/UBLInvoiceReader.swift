/// Fills an `EInvoiceDocument` from a UBL 2.x `Invoice` or `CreditNote` root.
///
/// `cbc:` and `cac:` children are matched by namespace URI and local name, so any prefixes and a
/// default namespace work (UBL 2.0 examples too). The root's children are walked once and sorted
/// into the groups below; each group is then read on its own, so invoice lines are never searched.
/// Nothing is interpreted: values stay text, a field keeps the first non-empty occurrence.
enum UBLInvoiceReader {
  /// The root's aggregate children that carry business terms, in document order.
  struct Groups {
    var paymentTerms: [XMLElementNode] = []
    var orderReference: XMLElementNode?
    var billingReferences: [XMLElementNode] = []
    var supplier: XMLElementNode?
    var customer: XMLElementNode?
    var payee: XMLElementNode?
    var taxTotals: [XMLElementNode] = []
    var monetaryTotal: XMLElementNode?
    var paymentMeans: [XMLElementNode] = []

    mutating func add(_ element: XMLElementNode) {
      switch element.name {
      case "PaymentTerms": paymentTerms.append(element)
      case "OrderReference": orderReference = orderReference ?? element
      case "BillingReference": billingReferences.append(element)
      case "AccountingSupplierParty": supplier = supplier ?? element
      case "AccountingCustomerParty": customer = customer ?? element
      case "PayeeParty": payee = payee ?? element
      case "TaxTotal": taxTotals.append(element)
      case "LegalMonetaryTotal": monetaryTotal = monetaryTotal ?? element
      case "PaymentMeans": paymentMeans.append(element)
      default: break
      }
    }
  }

  /// The document's business terms.
  /// - Parameter root: an `Invoice` (Invoice-2 namespace) or `CreditNote` (CreditNote-2).
  static func read(_ root: XMLElementNode) -> EInvoiceDocument {
    var document = EInvoiceDocument(syntax: .ubl, rootName: root.name, rootLine: root.line)
    var groups = Groups()
    for child in root.children {
      if child.namespace == EInvoiceNamespace.ublBasic {
        fillBasic(child, into: &document)
      } else if child.namespace == EInvoiceNamespace.ublAggregate {
        groups.add(child)
      }
    }
    document.paymentTerms = groups.paymentTerms.flatMap {
      $0.children("Note", in: EInvoiceNamespace.ublBasic).compactMap { XMLText($0) }
    }
    document.orderReference = XMLText(groups.orderReference?.cbc("ID"))
    document.precedingInvoices = groups.billingReferences.compactMap {
      XMLText($0.cac("InvoiceDocumentReference")?.cbc("ID"), qualifier: "schemeID")
    }
    let seller = groups.supplier?.cac("Party")
    document.seller = party(seller)
    document.buyer = party(groups.customer?.cac("Party"))
    document.creditorID = creditorID(of: seller) ?? creditorID(of: groups.payee)
    document.totals = totals(
      groups.monetaryTotal, taxTotals: groups.taxTotals, currency: document.currency?.text)
    document.paymentMeans = groups.paymentMeans.map(paymentMeans)
    return document
  }

  /// The root's `cbc:` values (BT-24, BT-23, BT-1, BT-2, BT-3, BT-5, BT-9, BT-10).
  private static func fillBasic(_ element: XMLElementNode, into document: inout EInvoiceDocument) {
    switch element.name {
    case "CustomizationID": document.specification.fillOnce(element)
    case "ProfileID": document.businessProcess.fillOnce(element)
    case "ID": document.number.fillOnce(element)
    case "IssueDate": document.issueDate.fillOnce(element)
    case "InvoiceTypeCode", "CreditNoteTypeCode": document.typeCode.fillOnce(element)
    case "DocumentCurrencyCode": document.currency.fillOnce(element)
    case "DueDate": document.dueDate.fillOnce(element)
    case "BuyerReference": document.buyerReference.fillOnce(element)
    default: break
    }
  }
}
