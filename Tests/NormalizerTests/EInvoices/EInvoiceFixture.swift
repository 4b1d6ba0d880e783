import Foundation
import Normalizer
import Parsers
import Receivables

/// Builds e-invoice documents field by field, as the reader would hand them over.
struct EInvoiceFixture {
  var document: EInvoiceDocument

  init(
    root: String = "Invoice", number: String = "INV-1", issue: String = "2026-03-01",
    type: String? = "380", currency: String? = "EUR", payable: String = "121.00",
    inclusive: String? = "121.00", due: String? = "2026-03-31"
  ) {
    document = EInvoiceDocument(syntax: .ubl, rootName: root, rootLine: 2)
    document.number = Self.text(number, "cbc:ID")
    document.issueDate = Self.text(issue, "cbc:IssueDate")
    document.typeCode = type.map { Self.text($0, "cbc:InvoiceTypeCode") }
    document.currency = currency.map { Self.text($0, "cbc:DocumentCurrencyCode") }
    document.dueDate = due.map { Self.text($0, "cbc:DueDate") }
    document.totals.payable = Self.text(
      payable, "cac:LegalMonetaryTotal/cbc:PayableAmount", qualifier: currency)
    document.totals.taxInclusive = inclusive.map {
      Self.text($0, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", qualifier: currency)
    }
    document.buyer.identifier = Self.text("C-42", "cac:PartyIdentification/cbc:ID")
    document.buyer.name = Self.text("Buyer B.V.", "cbc:RegistrationName")
  }

  static func text(_ value: String, _ path: String, qualifier: String? = nil) -> XMLText {
    XMLText(text: value, qualifier: qualifier, path: "/Invoice/" + path, line: 10)
  }

  static let mapping: SourceMapping = {
    var mapping = try! SourceMapping.load(
      from: ShippedMappings.folder.appendingPathComponent("einvoice.yaml"))
    mapping.eInvoices.customerTerms = ["C-77": 14]
    return mapping
  }()

  func normalize(mapping: SourceMapping = Self.mapping) throws(EInvoiceProblem) -> OpenItem {
    let file = try EInvoiceNormalizer(mapping: mapping).normalize(document, file: "in.xml")
    return file.items[0]
  }
}
