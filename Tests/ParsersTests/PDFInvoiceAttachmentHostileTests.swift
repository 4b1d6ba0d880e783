import ArflowTesting
import Foundation
import Parsers
import Testing

struct PDFInvoiceAttachmentHostileTests {
  private typealias Attachment = PDFFixture.Attachment

  private static func extract(_ pdf: Data, sizeLimit: Int = PDFInvoiceAttachment.defaultSizeLimit)
    throws(ParseError) -> PDFInvoiceAttachment
  {
    try PDFInvoiceAttachment.extract(from: pdf, file: "hostile.pdf", sizeLimit: sizeLimit)
  }

  @Test("a hand-written Factur-X PDF gives its XML byte for byte and reads as an invoice")
  func handWritten() throws {
    let xml = PDFInvoiceXML.cii(number: "HAND-1", payable: "42.00")
    let attachment = try Self.extract(PDFFixture.facturX(xml))
    #expect(attachment.xml == Data(xml.utf8))
    #expect(
      attachment.embeddedFiles == [
        PDFEmbeddedFile(
          name: "factur-x.xml", declaredSize: xml.utf8.count, description: "test attachment")
      ])
    let document = try attachment.readInvoice()
    #expect(document.number?.text == "HAND-1")
    #expect(document.totals.payable?.text == "42.00")
  }

  @Test("an attachment declaring 200 MB is refused before a byte of it is read")
  func declaredHuge() {
    let pdf = PDFFixture.pdf([
      Attachment("factur-x.xml", Data(PDFInvoiceXML.cii().utf8), declaredSize: 209_715_200)
    ])
    let error = #expect(throws: ParseError.self) { try Self.extract(pdf) }
    #expect(error?.code == .attachmentTooLarge)
    #expect(
      error?.message
        == "the embedded factur-x.xml declares a size of 200 MiB; an invoice XML may have at "
        + "most 20 MiB, so arflow did not read it")
  }

  @Test(
    "a stream one block past a lowered limit is stopped, whatever size it declares",
    arguments: [nil, 100])
  func actualTooLarge(declaring declared: Int?) {
    let content = Data(repeating: UInt8(ascii: " "), count: 4097)
    let attachment =
      declared.map { Attachment("factur-x.xml", content, declaredSize: $0) }
      ?? .undeclared("factur-x.xml", content)
    let pdf = PDFFixture.pdf([attachment])
    let error = #expect(throws: ParseError.self) { try Self.extract(pdf, sizeLimit: 4096) }
    #expect(error?.code == .attachmentTooLarge)
    #expect(
      error?.message
        == "the embedded factur-x.xml holds more than 4096 bytes (arflow stopped reading after "
        + "4096 bytes); an invoice XML may have at most 4096 bytes, so arflow did not read it")
  }

  @Test("a stream exactly at the limit is read, with a note on its wrong declared size")
  func atTheLimit() throws {
    let content = Data(repeating: UInt8(ascii: " "), count: 4096)
    let pdf = PDFFixture.pdf([Attachment("factur-x.xml", content, declaredSize: 100)])
    let attachment = try Self.extract(pdf, sizeLimit: 4096)
    #expect(attachment.xml.count == 4096)
    #expect(
      attachment.notes == [
        "factur-x.xml declares 100 bytes but holds 4096; arflow read what it holds"
      ])
  }

  @Test("a compressed stream that inflates to 50 MB is stopped at the 20 MiB limit, quickly")
  func inflationBomb() throws {
    let bomb = PDFFixture.deflatedZeros(count: 50_000_000)
    #expect(bomb.count < 400_000)
    let pdf = PDFFixture.pdf([
      Attachment("factur-x.xml", bomb, filter: "FlateDecode", declaredSize: 1000)
    ])
    var error: ParseError?
    let elapsed = ContinuousClock().measure {
      error = #expect(throws: ParseError.self) { try Self.extract(pdf) }
    }
    #expect(error?.code == .attachmentTooLarge)
    #expect(error?.message.contains("holds more than 20 MiB") == true)
    #expect(elapsed < .seconds(10))
  }

  @Test("the hand-written deflate stream inflates to the zeros it promises")
  func deflateFixture() throws {
    let pdf = PDFFixture.pdf([
      Attachment(
        "factur-x.xml", PDFFixture.deflatedZeros(count: 1000), filter: "FlateDecode",
        declaredSize: 1000)
    ])
    #expect(try Self.extract(pdf).xml == Data(count: 1000))
  }

  @Test("a factur-x.xml with a DOCTYPE and an entity is refused by the XML reader's rules")
  func doctype() throws {
    let attachment = try Self.extract(PDFFixture.facturX(PDFInvoiceXML.withEntity))
    let error = #expect(throws: ParseError.self) { try attachment.readInvoice() }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.file == "hostile.pdf (embedded factur-x.xml)")
    #expect(error?.line == 2)
  }

  @Test("garbage after a %PDF- header is refused as an unreadable PDF, never a crash")
  func garbage() {
    var generator = SystemRandomNumberGenerator()
    let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let header = Data("%PDF-1.7\n".utf8)
    for (bytes, start) in [
      (header + noise, "the PDF is incomplete"),
      (header + noise + Data("\n%%EOF\n".utf8), "the PDF is damaged and cannot be opened"),
      (header + Data("trailer << /Root 1 0 R >>\n%%EOF\n".utf8), "the PDF is damaged"),
    ] {
      let error = #expect(throws: ParseError.self) { try Self.extract(bytes) }
      #expect(error?.code == .unreadablePDF)
      #expect(error?.message.hasPrefix(start) == true, "\(String(describing: error))")
    }
  }

  @Test("a file that is not a PDF, and an empty one, are refused as such")
  func notAPDF() {
    let xml = Data(PDFInvoiceXML.cii().utf8)
    #expect(!PDFInvoiceAttachment.looksLikePDF(xml))
    let error = #expect(throws: ParseError.self) { try Self.extract(xml) }
    #expect(error?.code == .unreadablePDF)
    #expect(error?.message == "the file is not a PDF: its first 1024 bytes have no %PDF- header")
    let empty = #expect(throws: ParseError.self) { try Self.extract(Data()) }
    #expect(empty?.code == .emptyDocument)
  }

  @Test("%PDF- counts within the first 1024 bytes only")
  func headerWindow() {
    let late = Data(repeating: 0x20, count: 1019) + Data("%PDF-1.7".utf8)
    #expect(PDFInvoiceAttachment.looksLikePDF(late))
    #expect(!PDFInvoiceAttachment.looksLikePDF(Data(repeating: 0x20, count: 1) + late))
  }

  @Test("a PDF protected with a password is refused, saying so")
  func encrypted() {
    let pdf = PDFFixture.pdf(
      [Attachment("factur-x.xml", text: PDFInvoiceXML.cii())], encrypted: true)
    let error = #expect(throws: ParseError.self) { try Self.extract(pdf) }
    #expect(error?.code == .unreadablePDF)
    #expect(error?.message.hasPrefix("the PDF is protected with a password") == true)
  }

  @Test("a PDF whose xref table is wrong is repaired; poppler's complaints become pdfWarnings")
  func repairedXref() throws {
    let xml = PDFInvoiceXML.cii()
    let pdf = PDFFixture.pdf([Attachment("factur-x.xml", text: xml)], wrongOffsets: true)
    let attachment = try Self.extract(pdf)
    // poppler's repaired table ends the stream at `endstream`, so the line break before it
    // comes along: harmless after an XML document.
    #expect(attachment.xml.prefix(xml.utf8.count) == Data(xml.utf8))
    #expect(try attachment.readInvoice().number?.text == "PDF-1")
    #expect(attachment.pdfWarnings.contains { $0.hasSuffix("try to reconstruct") })
  }
}
