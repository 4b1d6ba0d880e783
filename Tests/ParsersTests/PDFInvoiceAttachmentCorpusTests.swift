import Foundation
import Parsers
import Testing

@Suite(.enabled(if: PDFCorpus.isAvailable, "needs shared/corpus/einvoice/pdf above the package"))
struct PDFInvoiceAttachmentCorpusTests {
  @Test(
    "a Factur-X PDF of the corpus gives factur-x.xml and the invoice SOURCES.md describes",
    arguments: [
      ("mustang-EN16931_Einfach.pdf", "529.87"),
      ("mustang-Facture_F20180027.pdf", "100.00"),
      ("mustang-validAvoir_FR_type380_BASICWL.pdf", "-233.47"),
    ])
  func facturX(_ pdf: String, _ payable: String) throws {
    let attachment = try PDFInvoiceAttachment.extract(from: PDFCorpus.bytes(pdf), file: pdf)
    #expect(attachment.name == "factur-x.xml")
    #expect(attachment.embeddedFiles.map(\.name) == ["factur-x.xml"])
    #expect(attachment.notes.isEmpty, "\(attachment.notes)")
    #expect(attachment.xmlFile == "\(pdf) (embedded factur-x.xml)")
    let document = try attachment.readInvoice()
    #expect(document.syntax == .cii)
    #expect(document.rootName == "CrossIndustryInvoice")
    #expect(document.typeCode?.text == "380")
    #expect(document.currency?.text == "EUR")
    #expect(document.totals.payable?.text == payable)
  }

  @Test("the ZUGFeRD 1.0 PDF is refused exactly like its XML on its own")
  func zugferd1() throws {
    let pdf = "mustang-zugferd_invoice.pdf"
    let attachment = try PDFInvoiceAttachment.extract(from: PDFCorpus.bytes(pdf), file: pdf)
    #expect(attachment.name == "ZUGFeRD-invoice.xml")
    let inPDF = #expect(throws: ParseError.self) { try attachment.readInvoice() }
    let alone = #expect(throws: ParseError.self) {
      try EInvoiceReader.read(attachment.xml, file: "ZUGFeRD-invoice.xml")
    }
    #expect(inPDF?.code == .legacyEInvoice)
    #expect(alone?.code == .legacyEInvoice)
    #expect(inPDF?.message == alone?.message)
    #expect(inPDF?.message.hasPrefix("ZUGFeRD 1.0 (CrossIndustryDocument)") == true)
    #expect(inPDF?.fix == alone?.fix)
    #expect(inPDF?.line == alone?.line && inPDF?.element == alone?.element)
    #expect(inPDF?.file == "\(pdf) (embedded ZUGFeRD-invoice.xml)")
  }

  @Test(
    "the XML taken out is byte for byte what poppler-utils' pdfdetach saves",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfdetach")),
    arguments: PDFCorpus.names.prefix(4))
  func sameAsPdfdetach(_ pdf: String) throws {
    let attachment = try PDFInvoiceAttachment.extract(from: PDFCorpus.bytes(pdf), file: pdf)
    let workspace = FileManager.default.temporaryDirectory
      .appendingPathComponent("pdfdetach-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: workspace) }
    let saved = workspace.appendingPathComponent("saved.xml")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfdetach")
    process.arguments = [
      "-save", "1", "-o", saved.path,
      try #require(PDFCorpus.folder).appendingPathComponent(pdf).path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try Data(contentsOf: saved) == attachment.xml)
  }

  @Test("the PDF/A-3 without embedded files is refused as carrying no e-invoice")
  func blank() throws {
    let pdf = "mustang-MustangGnuaccountingBeispielRE-20201121_508blankoA3.pdf"
    let error = #expect(throws: ParseError.self) {
      try PDFInvoiceAttachment.extract(from: PDFCorpus.bytes(pdf), file: pdf)
    }
    #expect(error?.code == .noInvoiceInPDF)
    #expect(
      error?.message
        == "this PDF carries no e-invoice data (no factur-x.xml, zugferd-invoice.xml or "
        + "xrechnung.xml inside); it has no embedded files at all")
    #expect(
      error?.fix
        == "ask the sender for the Factur-X/ZUGFeRD/XRechnung version of the invoice or its XML")
  }

  @Test("every corpus PDF is recognised by its header", arguments: PDFCorpus.names)
  func looksLikePDF(_ pdf: String) throws {
    #expect(PDFInvoiceAttachment.looksLikePDF(try PDFCorpus.bytes(pdf)))
  }

  @Test(
    "the first 60 % of a corpus PDF is refused as incomplete, and as damaged with %%EOF added",
    arguments: PDFCorpus.names)
  func truncated(_ pdf: String) throws {
    let whole = try PDFCorpus.bytes(pdf)
    let cut = whole.prefix(whole.count * 6 / 10)
    let incomplete = #expect(throws: ParseError.self) {
      try PDFInvoiceAttachment.extract(from: cut, file: pdf)
    }
    #expect(incomplete?.code == .unreadablePDF)
    #expect(incomplete?.message.hasPrefix("the PDF is incomplete") == true)
    let disguised = #expect(throws: ParseError.self) {
      try PDFInvoiceAttachment.extract(from: cut + Data("\n%%EOF\n".utf8), file: pdf)
    }
    #expect(disguised?.code == .unreadablePDF)
    #expect(
      disguised?.message.hasPrefix("the PDF is damaged and cannot be opened") == true,
      "\(String(describing: disguised))")
  }

  @Test("the corpus PDFs are read concurrently without trouble")
  func concurrent() async throws {
    let inputs = try PDFCorpus.names.prefix(4).map { ($0, try PDFCorpus.bytes($0)) }
    let names = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<4 {
        for (pdf, bytes) in inputs {
          group.addTask { try? PDFInvoiceAttachment.extract(from: bytes, file: pdf).name }
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(names.count == 16)
    #expect(names.allSatisfy { $0 != nil })
  }
}
