import ArflowTesting
import Foundation
import Ledger
import Parsers
import Pipeline
import Testing

/// Factur-X / ZUGFeRD PDFs dropped in the inbox: the XML inside gives exactly what the XML gives
/// dropped on its own; a PDF that is no e-invoice, or a hostile one, is refused saying why.
@Suite(.enabled(if: SharedFolder.folder("corpus/einvoice/pdf") != nil, "needs ../shared/corpus"))
struct HybridPDFIngestTests {
  static let folder = SharedFolder.folder("corpus/einvoice/pdf")

  /// The items a file books in a fresh workspace, written out for comparison.
  private func bookedItems(_ name: String, _ bytes: Data) throws -> [String] {
    let space = try TestWorkspace()
    try bytes.write(to: space.workspace.inbox.appendingPathComponent(name))
    let report = try space.run(on: "2026-01-05")
    #expect(report.files.map(\.result) == [.processed], "\(report.files.map(\.summary))")
    return try space.ledger().openItems().map {
      [
        $0.number, $0.kind.rawValue, $0.customerID, $0.issueDate.iso8601, $0.dueDate.iso8601,
        $0.amount.decimalString, $0.openAmount.decimalString, $0.currency.code,
        $0.paymentReferenceText ?? "",
      ].joined(separator: "|")
    }
  }

  @Test(
    "a hybrid PDF books the same items as its XML dropped alone, and keeps the PDF as the document",
    arguments: [
      "mustang-EN16931_Einfach.pdf", "mustang-Facture_F20180027.pdf",
      "mustang-validAvoir_FR_type380_BASICWL.pdf",
    ])
  func sameAsXML(name: String) throws {
    let pdf = try Data(contentsOf: try #require(Self.folder).appendingPathComponent(name))
    let xml = try PDFInvoiceAttachment.extract(from: pdf, file: name).xml
    let fromPDF = try bookedItems(name, pdf)
    #expect(!fromPDF.isEmpty)
    #expect(fromPDF == (try bookedItems("factur-x.xml", xml)))

    let space = try TestWorkspace()
    try pdf.write(to: space.workspace.inbox.appendingPathComponent(name))
    _ = try space.run(on: "2026-01-05")
    let item = try #require(try space.ledger().openItems().first)
    let document = try #require(try space.ledger().documentFile(ofItem: item.number))
    #expect(document == "inbox/processed/2026-01-05/\(name)")
    #expect(
      FileManager.default.fileExists(atPath: space.root.appendingPathComponent(document).path))
  }

  @Test("a ZUGFeRD 1.0 PDF is refused with the message its XML gets on its own")
  func zugferd1() throws {
    let name = "mustang-zugferd_invoice.pdf"
    let pdf = try Data(contentsOf: try #require(Self.folder).appendingPathComponent(name))
    let xml = try PDFInvoiceAttachment.extract(from: pdf, file: name).xml
    let alone = try TestWorkspace()
    try xml.write(to: alone.workspace.inbox.appendingPathComponent("ZUGFeRD-invoice.xml"))
    let xmlOutcome = try #require(try alone.run(on: "2026-01-05").files.first)
    let space = try TestWorkspace()
    try pdf.write(to: space.workspace.inbox.appendingPathComponent(name))
    let pdfOutcome = try #require(try space.run(on: "2026-01-05").files.first)
    #expect(pdfOutcome.result == .failed)
    #expect(xmlOutcome.result == .failed)
    #expect(pdfOutcome.summary == xmlOutcome.summary)
    #expect(pdfOutcome.summary.contains("ZUGFeRD 1.0"))
  }

  @Test("a PDF without an invoice inside is refused saying exactly that and what to ask for")
  func noInvoice() throws {
    let name = "mustang-MustangGnuaccountingBeispielRE-20201121_508blankoA3.pdf"
    let space = try TestWorkspace()
    try FileManager.default.copyItem(
      at: try #require(Self.folder).appendingPathComponent(name),
      to: space.workspace.inbox.appendingPathComponent(name))
    let outcome = try #require(try space.run(on: "2026-01-05").files.first)
    #expect(outcome.result == .failed)
    #expect(outcome.kind == .eInvoice)
    let report = try space.text(of: "inbox/failed/\(name).error.txt")
    #expect(report.contains("carries no e-invoice data"))
    #expect(report.contains("ask the sender"))
    #expect(space.files(in: "inbox/failed").contains(name))
  }

  @Test(
    "hostile PDFs are refused and kept: cut off, an attachment declaring 200 MB, a DOCTYPE inside",
    arguments: ["truncated", "huge", "doctype"])
  func hostile(kind: String) throws {
    let space = try TestWorkspace()
    let bytes: Data
    switch kind {
    case "truncated":
      let pdf = try Data(
        contentsOf: try #require(Self.folder).appendingPathComponent("mustang-EN16931_Einfach.pdf"))
      bytes = pdf.prefix(pdf.count * 6 / 10)
    case "huge":
      bytes = PDFFixture.pdf([
        PDFFixture.Attachment(
          "factur-x.xml", Data(PDFInvoiceXML.cii().utf8), declaredSize: 209_715_200)
      ])
    default:
      bytes = PDFFixture.facturX(PDFInvoiceXML.withEntity)
    }
    try bytes.write(to: space.workspace.inbox.appendingPathComponent("\(kind).pdf"))
    let outcome = try #require(try space.run(on: "2026-01-05").files.first)
    #expect(outcome.result == .failed)
    #expect(try space.ledger().openItems().isEmpty)
    #expect(space.files(in: "inbox/failed").contains("\(kind).pdf"))
  }
}
