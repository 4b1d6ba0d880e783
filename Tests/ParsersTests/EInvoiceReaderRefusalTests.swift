import Foundation
import Parsers
import Testing

struct EInvoiceReaderRefusalTests {
  /// A document the reader must refuse, and what it must say.
  struct Refusal: Sendable, CustomTestStringConvertible {
    let name: String
    let xml: String
    let code: ParseError.Code
    /// Text the message must contain: what the document is.
    let names: String
    /// Text the fix must contain: what to do.
    let fix: String
    var element = "/"
    var testDescription: String { name }
  }

  static let refusals: [Refusal] = [
    Refusal(
      name: "ZUGFeRD 1.0",
      xml: """
        <rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0">
        <rsm:HeaderExchangedDocument/></rsm:CrossIndustryDocument>
        """,
      code: .legacyEInvoice,
      names: "ZUGFeRD 1.0 (CrossIndustryDocument) is a legacy format arflow does not read",
      fix: "ZUGFeRD 2.x/Factur-X or XRechnung", element: "/CrossIndustryDocument"),
    Refusal(
      name: "Svefaktura 1.0",
      xml: "<Invoice xmlns=\"urn:sfti:documents:BasicInvoice:1:0\"><ID>1</ID></Invoice>",
      code: .legacyEInvoice, names: "Svefaktura 1.0", fix: "Peppol BIS Billing 3.0",
      element: "/Invoice"),
    Refusal(
      name: "UBL Order",
      xml: "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>",
      code: .notAnInvoice, names: "a UBL Order is not an invoice", fix: "out of the inbox",
      element: "/Order"),
    Refusal(
      name: "UBL ApplicationResponse",
      xml: """
        <ApplicationResponse
          xmlns="urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2"/>
        """,
      code: .notAnInvoice, names: "a UBL ApplicationResponse is not an invoice",
      fix: "out of the inbox", element: "/ApplicationResponse"),
    Refusal(
      name: "wrong CII root",
      xml: """
        <rsm:myinvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>
        """,
      code: .notAnInvoice, names: "<myinvoice>", fix: "root element is rsm:CrossIndustryInvoice",
      element: "/myinvoice"),
    Refusal(
      name: "plain XML", xml: "<foo/>", code: .notAnInvoice,
      names: "its root element is <foo> without a namespace", fix: "ask the sender",
      element: "/foo"),
    Refusal(
      name: "UBL namespace, wrong version",
      xml: "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-1.0\"/>",
      code: .notAnInvoice, names: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-1.0",
      fix: "UBL 2.1 Invoice", element: "/Invoice"),
    Refusal(
      name: "camt bank statement",
      xml: "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>",
      code: .notAnInvoice, names: "camt.053.001.02 bank statement",
      fix: "import it as a bank statement", element: "/Document"),
  ]

  @Test("documents that are not EN 16931 invoices are refused, named, located", arguments: refusals)
  func refused(_ refusal: Refusal) {
    let text = "<?xml version=\"1.0\"?>\n" + refusal.xml
    let error = #expect(throws: ParseError.self) {
      try EInvoiceFixture.read(text, file: "inbox.xml")
    }
    #expect(error?.code == refusal.code)
    #expect(error?.message.contains(refusal.names) == true, "\(String(describing: error))")
    #expect(error?.fix.contains(refusal.fix) == true, "\(String(describing: error))")
    #expect(error?.file == "inbox.xml")
    #expect(error?.element == refusal.element)
    #expect(error?.line != nil)
  }

  @Test("the e-invoice family is told apart by namespace, never by prefix or name")
  func family() throws {
    let members =
      Self.refusals.map(\.xml).filter { !$0.contains("camt") && $0 != "<foo/>" } + [
        EInvoiceFixture.ublMinimal, EInvoiceFixture.envelope(""), EInvoiceReaderCIITests.invoice(),
      ]
    for xml in members {
      let root = try SecureXMLReader.read(Data(xml.utf8), file: "f.xml")
      #expect(EInvoiceReader.isEInvoiceFamily(root), "\(xml.prefix(60))")
    }
    for xml in [
      "<foo/>", "<Invoice/>",
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>",
    ] {
      let root = try SecureXMLReader.read(Data(xml.utf8), file: "f.xml")
      #expect(!EInvoiceReader.isEInvoiceFamily(root), "\(xml)")
    }
  }

  @Test("an Invoice root without the UBL namespace is refused, not read")
  func invoiceWithoutNamespace() {
    let error = #expect(throws: ParseError.self) {
      try EInvoiceFixture.read("<Invoice><ID>1</ID></Invoice>")
    }
    #expect(error?.code == .notAnInvoice)
    #expect(error?.message.contains("<Invoice> without a namespace") == true)
  }
}
