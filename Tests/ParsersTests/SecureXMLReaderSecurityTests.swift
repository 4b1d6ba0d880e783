import Foundation
import Parsers
import Testing

struct SecureXMLReaderSecurityTests {
  /// A file holding a secret, removed again by the caller.
  private func secretFile() throws -> (url: URL, secret: String) {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-xxe-\(UUID().uuidString).txt")
    try Data(secret.utf8).write(to: url)
    return (url, secret)
  }

  /// The same text as UTF-16LE with a BOM, so the byte-level prolog scan cannot see it and
  /// libxml2's own DOCTYPE hook has to refuse it.
  private func utf16(_ text: String) -> Data {
    Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
  }

  private func xxe(pointingAt url: URL, encoding: String = "UTF-8") -> String {
    """
    <?xml version="1.0" encoding="\(encoding)"?>
    <!DOCTYPE Document [
      <!ENTITY secret SYSTEM "\(url.absoluteString)">
    ]>
    <Document><Nm>&secret;</Nm></Document>
    """
  }

  @Test("an external entity pointing at a local file is refused and the file never read")
  func externalEntity() throws {
    let (url, secret) = try secretFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(xxe(pointingAt: url).utf8), file: "xxe.xml")
    }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.line == 2)
    #expect(error.map { String(describing: $0).contains(secret) } == false)
  }

  @Test("an external entity in a UTF-16 file is refused by libxml2's DOCTYPE hook too")
  func externalEntityUTF16() throws {
    let (url, secret) = try secretFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(utf16(xxe(pointingAt: url, encoding: "UTF-16")), file: "xxe16.xml")
    }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.line == 2)
    #expect(error.map { String(describing: $0).contains(secret) } == false)
  }

  private static let billionLaughs: String = {
    var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
    for level in 1...10 {
      let previous = String(repeating: "&lol\(level - 1);", count: 10)
      text += "<!ENTITY lol\(level) \"\(previous)\">\n"
    }
    return text + "]>\n<lolz>&lol10;</lolz>\n"
  }()

  @Test("a billion-laughs payload (10 levels) is refused at once", arguments: [false, true])
  func billionLaughs(asUTF16: Bool) {
    let bytes = asUTF16 ? utf16(Self.billionLaughs) : Data(Self.billionLaughs.utf8)
    let clock = ContinuousClock()
    var error: ParseError?
    let elapsed = clock.measure {
      error = #expect(throws: ParseError.self) {
        try SecureXMLReader.read(bytes, file: "lol.xml")
      }
    }
    #expect(error?.code == .documentTypeRefused)
    #expect(elapsed < .seconds(1))
  }

  @Test("a DOCTYPE with a SYSTEM DTD URL is refused without any network access")
  func externalDTD() throws {
    let listener = try #require(LocalListener())
    let url = "http://127.0.0.1:\(listener.port)/camt.dtd"
    for bytes in [
      Data("<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"\(url)\">\n<Document/>".utf8),
      utf16(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE Document SYSTEM \"\(url)\">\n<Document/>"
      ),
    ] {
      let error = #expect(throws: ParseError.self) {
        try SecureXMLReader.read(bytes, file: "dtd.xml")
      }
      #expect(error?.code == .documentTypeRefused)
    }
    #expect(!listener.wasContacted)
    listener.knock()
    #expect(listener.wasContacted, "the listener must notice a real fetch")
  }

  @Test("a DOCTYPE after comments and processing instructions is still found, on its line")
  func doctypeAfterComments() {
    let text = "<?xml version=\"1.0\"?>\n<!-- a\ncomment -->\n<?pi x?>\n<!DOCTYPE a>\n<a/>"
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(text.utf8), file: "c.xml")
    }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.line == 5)
  }

  @Test("schema locations and namespace URLs are never fetched")
  func schemaLocationNotFetched() throws {
    let listener = try #require(LocalListener())
    let url = "http://127.0.0.1:\(listener.port)/camt.053.001.02.xsd"
    let text = """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xmlns:xi="http://www.w3.org/2001/XInclude"
        xsi:schemaLocation="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 \(url)">
        <xi:include href="\(url)"/>
      </Document>
      """
    let root = try SecureXMLReader.read(Data(text.utf8), file: "s.xml")
    #expect(root.attributes["schemaLocation"]?.hasSuffix(url) == true)
    #expect(!listener.wasContacted)
  }
}
