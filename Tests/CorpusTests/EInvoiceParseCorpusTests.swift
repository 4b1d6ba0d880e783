import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct EInvoiceParseCorpusTests {
  private static func read(_ path: String) throws -> EInvoiceDocument {
    try EInvoiceReader.read(Corpus.bytes("einvoice/\(path)"), file: path)
  }

  @Test(
    "every corpus invoice gives the number, type, dates, currency, amounts and references of SOURCES.md",
    arguments: EInvoiceCorpusRow.table)
  func readsAsTabled(_ row: EInvoiceCorpusRow) throws {
    let document = try Self.read(row.path)
    #expect(document.rootName == row.root)
    #expect(document.syntax == (row.root == "CrossIndustryInvoice" ? .cii : .ubl))
    #expect(document.number?.text == row.number)
    #expect(document.typeCode?.text == row.type)
    #expect(document.issueDate?.text == row.issue)
    #expect(document.currency?.text == row.currency)
    #expect(document.totals.payable?.text == row.payable)
    #expect(document.totals.prepaid?.text == row.prepaid)
    let paymentReference = document.paymentMeans.lazy.compactMap(\.paymentReference).first
    #expect(paymentReference?.text == row.paymentReference)
    #expect(document.precedingInvoices.first?.text == row.preceding)
    if row.dueInPaymentMeans {
      #expect(document.dueDate == nil)
      #expect(document.paymentMeans.first?.dueDate?.text == row.due)
    } else {
      #expect(document.dueDate?.text == row.due)
    }
    if document.syntax == .cii {
      #expect(document.issueDate?.qualifier == "102")
    }
  }

  @Test(
    "every corpus file that is not an EN 16931 invoice is refused with its code and named",
    arguments: EInvoiceCorpusRefusal.table)
  func refusesAsTabled(_ row: EInvoiceCorpusRefusal) throws {
    let error = #expect(throws: ParseError.self) { try Self.read(row.path) }
    #expect(error?.code == row.code)
    #expect(error?.message.contains(row.names) == true, "\(String(describing: error))")
    #expect(error?.line != nil && error?.element != nil)
  }

  @Test("the tables cover every file in einvoice/ubl and einvoice/cii")
  func tablesCoverTheCorpus() {
    let files = ["ubl", "cii"].flatMap { folder in
      Corpus.files(in: "einvoice/\(folder)").map { "\(folder)/\($0)" }
    }
    let tabled = EInvoiceCorpusRow.table.map(\.path) + EInvoiceCorpusRefusal.table.map(\.path)
    #expect(Set(files) == Set(tabled))
    #expect(files.count == tabled.count)
  }

  @Test(
    "the same business case in UBL and CII gives the same raw terms",
    arguments: [("01.18a", "PRG1502112"), ("03.01a", "123456789")])
  func syntaxTwins(_ businessCase: String, _ number: String) throws {
    let ubl = try Self.read("ubl/xrechnung-\(businessCase)-INVOICE_ubl.xml")
    let cii = try Self.read("cii/xrechnung-\(businessCase)-INVOICE_uncefact.xml")
    #expect(ubl.number?.text == number && cii.number?.text == number)
    for term in [
      \EInvoiceDocument.typeCode, \.currency, \.buyerReference, \.creditorID,
      \.totals.payable, \.totals.prepaid, \.totals.taxExclusive, \.seller.vatID,
    ] {
      #expect(ubl[keyPath: term]?.text == cii[keyPath: term]?.text, "\(term)")
    }
    #expect(ubl.seller.name?.text == cii.seller.name?.text)
    #expect(ubl.precedingInvoices.map(\.text) == cii.precedingInvoices.map(\.text))
    #expect(ubl.paymentMeans.map { $0.code?.text } == cii.paymentMeans.map { $0.code?.text })
    #expect(
      ubl.paymentMeans.map { $0.mandateID?.text } == cii.paymentMeans.map { $0.mandateID?.text })
  }

  @Test("a corpus invoice wrapped in a Peppol envelope reads the same terms plus the envelope")
  func envelopedCorpusInvoice() throws {
    let path = "ubl/peppolbis-base-example.xml"
    let bare = try Self.read(path)
    let bytes = try Corpus.bytes("einvoice/\(path)")
    let payload = String(decoding: bytes.drop { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    let text = """
      <sh:StandardBusinessDocument xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
      <sh:StandardBusinessDocumentHeader><sh:Sender><sh:Identifier Authority="iso6523-actorid-upis">9482348239847239874</sh:Identifier></sh:Sender></sh:StandardBusinessDocumentHeader>\(payload)
      </sh:StandardBusinessDocument>
      """
    let wrapped = try EInvoiceReader.read(Data(text.utf8), file: "sbdh.xml")
    #expect(wrapped.envelope?.sender?.text == "9482348239847239874")
    #expect(wrapped.number?.text == bare.number?.text)
    #expect(wrapped.totals.payable?.text == bare.totals.payable?.text)
    #expect(wrapped.number?.line == bare.number.map { $0.line + 1 }, "the envelope adds a line")
    #expect(wrapped.number?.path == "/StandardBusinessDocument" + (bare.number?.path ?? ""))
  }
}
