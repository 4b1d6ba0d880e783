/// Fills an `EInvoiceDocument` from a UN/CEFACT `CrossIndustryInvoice` root (ZUGFeRD 2.x,
/// Factur-X, XRechnung CII).
///
/// Children are matched by local name within the `rsm:`, `ram:` and `udt:` namespace URIs, so any
/// prefixes work. Each level is walked once; trade line items are skipped without being searched.
/// Nothing is interpreted: dates keep their `format` attribute as qualifier, amounts stay text,
/// a field keeps the first non-empty occurrence.
enum CIIInvoiceReader {
  /// The document's business terms.
  /// - Parameter root: the `CrossIndustryInvoice` element.
  static func read(_ root: XMLElementNode) -> EInvoiceDocument {
    var document = EInvoiceDocument(syntax: .cii, rootName: root.name, rootLine: root.line)
    var transaction: XMLElementNode?
    for child in root.children where child.namespace == EInvoiceNamespace.ciiMessage {
      switch child.name {
      case "ExchangedDocumentContext":
        document.specification.fillOnce(
          child.ram("GuidelineSpecifiedDocumentContextParameter")?.ram("ID"))
        document.businessProcess.fillOnce(
          child.ram("BusinessProcessSpecifiedDocumentContextParameter")?.ram("ID"))
      case "ExchangedDocument":
        document.number.fillOnce(child.ram("ID"))
        document.typeCode.fillOnce(child.ram("TypeCode"))
        document.issueDate.fillOnce(
          child.ram("IssueDateTime")?.dateTimeString, qualifier: "format")
      case "SupplyChainTradeTransaction":
        transaction = transaction ?? child
      default: break
      }
    }
    guard let transaction else { return document }
    var agreement: XMLElementNode?
    var settlement: XMLElementNode?
    for child in transaction.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "ApplicableHeaderTradeAgreement": agreement = agreement ?? child
      case "ApplicableHeaderTradeSettlement": settlement = settlement ?? child
      default: break
      }
    }
    if let agreement { readAgreement(agreement, into: &document) }
    if let settlement { readSettlement(settlement, into: &document) }
    return document
  }

  /// `ram:ApplicableHeaderTradeAgreement`: BT-10, the seller and buyer, BT-13.
  private static func readAgreement(
    _ agreement: XMLElementNode, into document: inout EInvoiceDocument
  ) {
    var seller: XMLElementNode?
    var buyer: XMLElementNode?
    for child in agreement.children where child.namespace == EInvoiceNamespace.ciiAggregate {
      switch child.name {
      case "BuyerReference": document.buyerReference.fillOnce(child)
      case "SellerTradeParty": seller = seller ?? child
      case "BuyerTradeParty": buyer = buyer ?? child
      case "BuyerOrderReferencedDocument":
        document.orderReference.fillOnce(child.ram("IssuerAssignedID"))
      default: break
      }
    }
    document.seller = party(seller)
    document.buyer = party(buyer)
  }
}
