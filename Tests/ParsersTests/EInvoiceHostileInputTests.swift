import Foundation
import Parsers
import Testing

struct EInvoiceHostileInputTests {
  private static let invoiceBytes = Array(EInvoiceFixture.ublOddPrefixes.utf8)

  @Test(
    "an invoice cut off anywhere is refused as malformed XML with a line, never a crash",
    arguments: [3, 20, 100, 777, 1000, 1234, 2001, 2500, 3333, invoiceBytes.count - 3])
  func truncated(at offset: Int) {
    let bytes = Data(Self.invoiceBytes[..<offset])
    let error = #expect(throws: ParseError.self) {
      try EInvoiceReader.read(bytes, file: "cut.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect((error?.line ?? 0) >= 1)
    #expect(error?.message.hasPrefix("the XML is not well-formed") == true)
  }

  @Test("every prefix of an invoice is read or refused, and only the complete one is read")
  func everyPrefix() {
    let bytes = Self.invoiceBytes
    var read = 0
    for end in stride(from: 0, to: bytes.count, by: 7) {
      if (try? EInvoiceReader.read(Data(bytes[..<end]), file: "cut.xml")) != nil { read += 1 }
    }
    #expect(read == 0, "no cut-off prefix passes as an invoice")
    #expect((try? EInvoiceReader.read(Data(bytes), file: "whole.xml")) != nil)
  }

  @Test("a file declared UTF-16 but written in UTF-8 is refused with libxml2's clear reason")
  func declaredUTF16() {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + EInvoiceFixture.ublMinimal
    let error = #expect(throws: ParseError.self) { try EInvoiceFixture.read(text) }
    #expect(error?.code == .malformedXML)
    #expect(error?.message.contains("labelled UTF-16 but has UTF-8 content") == true)
    #expect(error?.line == 1)
  }

  @Test("a file declared ISO-8859-1 but written in UTF-8 is decoded as declared, never repaired")
  func declaredLatin1() throws {
    let text = EInvoiceFixture.ublOddPrefixes.replacingOccurrences(
      of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
    let document = try EInvoiceFixture.read(text)
    #expect(document.seller.addressLines.first?.text == "Hauptstra\u{C3}\u{9F}e 1")
    #expect(document.buyer.city?.text == "K\u{C3}\u{B6}ln")
    #expect(document.totals.payable?.text == "99.01")
  }

  @Test("10,000 nested elements are refused by libxml2's depth limit, without a stack overflow")
  func deepNesting() {
    let text =
      "<Invoice xmlns=\"\(EInvoiceFixture.ublInvoiceNamespace)\">"
      + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
      + "</Invoice>"
    let error = #expect(throws: ParseError.self) { try EInvoiceFixture.read(text) }
    #expect(error?.code == .malformedXML)
    #expect(error?.message.contains("Excessive depth in document: 256") == true)
    #expect(error?.line == 1)
  }

  @Test("50 MB of whitespace inside the root is read, quickly")
  func whitespacePadding() throws {
    var bytes = Data(
      EInvoiceFixture.ublMinimal.replacingOccurrences(of: "</Invoice>", with: "").utf8)
    bytes.append(Data(repeating: UInt8(ascii: " "), count: 25_000_000))
    bytes.append(Data(repeating: UInt8(ascii: "\n"), count: 25_000_000))
    bytes.append(Data("<cbc:DueDate>2024-05-31</cbc:DueDate></Invoice>".utf8))
    let clock = ContinuousClock()
    var document: EInvoiceDocument?
    let elapsed = try clock.measure {
      document = try EInvoiceReader.read(bytes, file: "padded.xml")
    }
    #expect(document?.number?.text == "MIN-1")
    #expect(document?.dueDate?.text == "2024-05-31")
    #expect(document?.dueDate?.line == 25_000_004)
    #expect(elapsed < .seconds(5))
  }

  @Test("a DOCTYPE with entities is refused before anything in it is read")
  func doctypeWithEntities() {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE Invoice [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      ]>
      \(EInvoiceFixture.ublMinimal.replacingOccurrences(of: "MIN-1", with: "&lol2;"))
      """
    let error = #expect(throws: ParseError.self) { try EInvoiceFixture.read(text) }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.line == 2)
  }

  @Test("a schemaLocation pointing at a server is never fetched, neither by reading nor checking")
  func schemaLocationNotFetched() throws {
    let listener = try #require(LocalListener())
    let url = "http://127.0.0.1:\(listener.port)/UBL-Invoice-2.1.xsd"
    let text = EInvoiceFixture.ublMinimal.replacingOccurrences(
      of: "xmlns:cac=",
      with: "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"\(EInvoiceFixture.ublInvoiceNamespace) \(url)\" xmlns:cac=")
    let document = try EInvoiceFixture.read(text)
    #expect(document.number?.text == "MIN-1")
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let problems = try XMLSchemaSet(directory: folder.url).problems(
      in: Data(text.utf8), file: "located.xml")
    #expect(problems.isEmpty)
    #expect(!listener.wasContacted)
  }
}
