import ArflowTesting
import Foundation
import Parsers
import Testing

struct PDFInvoiceAttachmentChoiceTests {
  private typealias Attachment = PDFFixture.Attachment

  private static func extract(_ attachments: [Attachment]) throws(ParseError)
    -> PDFInvoiceAttachment
  {
    try PDFInvoiceAttachment.extract(from: PDFFixture.pdf(attachments), file: "choice.pdf")
  }

  @Test("with zugferd-invoice.xml and factur-x.xml, factur-x.xml is read and a note says so")
  func facturXFirst() throws {
    let attachment = try Self.extract([
      Attachment("zugferd-invoice.xml", text: PDFInvoiceXML.cii(number: "ZUGFERD-20")),
      Attachment("factur-x.xml", text: PDFInvoiceXML.cii(number: "FACTUR-X")),
    ])
    #expect(attachment.name == "factur-x.xml")
    #expect(try attachment.readInvoice().number?.text == "FACTUR-X")
    #expect(attachment.notes.count == 1)
    let note = try #require(attachment.notes.first)
    #expect(note.contains("zugferd-invoice.xml") && note.contains("factur-x.xml"))
    #expect(note.contains("arflow read factur-x.xml"))
  }

  @Test(
    "each invoice name is found in any case",
    arguments: ["FACTUR-X.XML", "Factur-X.xml", "ZUGFeRD-invoice.xml", "XRechnung.xml"])
  func anyCase(_ name: String) throws {
    let attachment = try Self.extract([Attachment(name, text: PDFInvoiceXML.cii())])
    #expect(attachment.name == name)
    #expect(attachment.notes.isEmpty)
  }

  @Test("zugferd-invoice.xml comes before xrechnung.xml; other files are named in a note")
  func precedenceAndOthers() throws {
    let attachment = try Self.extract([
      Attachment("xrechnung.xml", text: PDFInvoiceXML.cii(number: "XR")),
      Attachment("logo.png", Data([0x89, 0x50, 0x4E, 0x47])),
      Attachment("zugferd-invoice.xml", text: PDFInvoiceXML.cii(number: "ZF")),
    ])
    #expect(attachment.name == "zugferd-invoice.xml")
    #expect(attachment.notes.last == "the PDF also carries files arflow did not read: logo.png")
    #expect(attachment.embeddedFiles.count == 3)
  }

  @Test("two files named factur-x.xml (in any case) are refused as ambiguous")
  func twins() {
    let error = #expect(throws: ParseError.self) {
      try Self.extract([
        Attachment("factur-x.xml", text: PDFInvoiceXML.cii(payable: "1.00")),
        Attachment("FACTUR-X.xml", text: PDFInvoiceXML.cii(payable: "1000.00")),
      ])
    }
    #expect(error?.code == .ambiguousInvoiceInPDF)
    #expect(error?.message.hasPrefix("the PDF carries 2 files named") == true)
  }

  @Test("a PDF with other attachments only is refused, naming them and hinting at the XML")
  func noInvoice() {
    let error = #expect(throws: ParseError.self) {
      try Self.extract([
        Attachment("invoice.xml", text: PDFInvoiceXML.cii()),
        Attachment("terms\n(v2).pdf", Data("%PDF-".utf8)),
      ])
    }
    #expect(error?.code == .noInvoiceInPDF)
    #expect(
      error?.message
        == "this PDF carries no e-invoice data (no factur-x.xml, zugferd-invoice.xml or "
        + "xrechnung.xml inside); the files it carries are: invoice.xml and terms\u{FFFD}(v2).pdf")
    #expect(error?.fix.contains("save it from the PDF and put it in the inbox") == true)
  }

  @Test("a PDF with many attachments lists ten of them and counts the rest")
  func manyOthers() {
    let files = (1...15).map { Attachment("scan-\($0).png", Data([0])) }
    let error = #expect(throws: ParseError.self) { try Self.extract(files) }
    #expect(error?.code == .noInvoiceInPDF)
    #expect(error?.message.hasSuffix(" and 5 more") == true, "\(String(describing: error))")
    #expect(error?.fix.contains("save it from the PDF") == false)
  }

  @Test("names that only resemble the invoice names are not taken")
  func lookalikes() {
    let error = #expect(throws: ParseError.self) {
      try Self.extract([
        Attachment("factur-x.xml.exe", text: "MZ"),
        Attachment(" factur-x.xml", text: PDFInvoiceXML.cii()),
        Attachment("old/factur-x.xml", text: PDFInvoiceXML.cii()),
      ])
    }
    #expect(error?.code == .noInvoiceInPDF)
  }
}
