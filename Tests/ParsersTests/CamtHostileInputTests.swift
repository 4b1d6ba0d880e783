import Foundation
import Parsers
import Testing

/// The streaming camt reader keeps `SecureXMLReader`'s rules (see SecureXMLReaderSecurityTests).
struct CamtHostileInputTests {
  /// The same text as UTF-16LE with a BOM, so the byte-level prolog scan cannot see it and the
  /// stream reader's own DOCTYPE check has to refuse it.
  private func utf16(_ text: String) -> Data {
    Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
  }

  private func refusal(_ bytes: Data, file: String = "hostile.xml") -> ParseError? {
    #expect(throws: ParseError.self) { try CamtReader.read(bytes, file: file) }
  }

  @Test("a DOCTYPE is refused on its line, also in UTF-16 and also in a later document")
  func doctype() {
    let statement = CamtFixture.statement([CamtFixture.entry()])
    let withDoctype = statement.replacingOccurrences(
      of: "?>\n<Document", with: "?>\n<!DOCTYPE Document>\n<Document")
    let ascii = refusal(Data(withDoctype.utf8))
    #expect(ascii?.code == .documentTypeRefused)
    #expect(ascii?.line == 2)
    #expect(ascii?.element == "<!DOCTYPE>")
    let sixteen = refusal(utf16(withDoctype.replacingOccurrences(of: "UTF-8", with: "UTF-16")))
    #expect(sixteen?.code == .documentTypeRefused)
    #expect(sixteen?.line == 2)
    let second = refusal(Data((statement + "\n" + withDoctype).utf8))
    #expect(second?.code == .documentTypeRefused)
    #expect(second?.line == 20)
  }

  @Test("a UTF-16 DOCTYPE behind a prolog longer than the decoded 64 KB is still refused")
  func doctypeBehindLongComment() {
    let text =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!-- \(String(repeating: "x", count: 70_000)) -->"
      + "\n<!DOCTYPE Document>\n" + CamtFixture.statement([CamtFixture.entry()]).dropFirst(39)
    let error = refusal(utf16(text))
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.element == "<!DOCTYPE>")
  }

  @Test("an external entity, in UTF-8 or UTF-16, is refused and the file never read")
  func externalEntity() throws {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-camt-xxe-\(UUID().uuidString).txt")
    try Data(secret.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    for encoding in ["UTF-8", "UTF-16"] {
      let text = """
        <?xml version="1.0" encoding="\(encoding)"?>
        <!DOCTYPE Document [ <!ENTITY secret SYSTEM "\(url.absoluteString)"> ]>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
        <Stmt><Id>&secret;</Id></Stmt></BkToCstmrStmt></Document>
        """
      let error = refusal(encoding == "UTF-8" ? Data(text.utf8) : utf16(text))
      #expect(error?.code == .documentTypeRefused)
      #expect(error.map { String(describing: $0).contains(secret) } == false)
    }
  }

  @Test(
    "a billion-laughs payload is refused at once, in UTF-8 and UTF-16", arguments: [false, true])
  func billionLaughs(asUTF16: Bool) {
    var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [\n<!ENTITY lol0 \"lol\">\n"
    for level in 1...10 {
      text += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
    }
    text += "]>\n<Document><BkToCstmrStmt><Stmt><Id>&lol10;</Id></Stmt></BkToCstmrStmt></Document>"
    let clock = ContinuousClock()
    var error: ParseError?
    let elapsed = clock.measure { error = refusal(asUTF16 ? utf16(text) : Data(text.utf8)) }
    #expect(error?.code == .documentTypeRefused)
    #expect(elapsed < .seconds(1))
  }

  @Test("a DOCTYPE with a SYSTEM DTD URL is refused without any network access")
  func externalDTD() throws {
    let listener = try #require(LocalListener())
    let url = "http://127.0.0.1:\(listener.port)/camt.dtd"
    let text = "<!DOCTYPE Document SYSTEM \"\(url)\">\n<Document/>"
    for bytes in [
      Data(("<?xml version=\"1.0\"?>\n" + text).utf8),
      utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + text),
    ] {
      #expect(refusal(bytes)?.code == .documentTypeRefused)
    }
    #expect(!listener.wasContacted)
  }

  @Test("a file cut off inside an entry is refused as malformed at the line where it stops")
  func truncated() {
    let text = CamtFixture.statement([CamtFixture.entry(), CamtFixture.entry()])
    let cut = String(text.prefix { $0 != "V" })  // stops inside the first <ValDt>, line 13
    let error = refusal(Data(cut.utf8), file: "cut.xml")
    #expect(error?.code == .malformedXML)
    #expect(error?.file == "cut.xml")
    #expect(error?.line == 13)
    #expect(error?.message.contains("line 13") == true)
  }

  @Test("empty files, text files and an undeclared entity are refused, located")
  func notCamtXML() {
    #expect(refusal(Data())?.code == .emptyDocument)
    #expect(refusal(Data(" \n\t".utf8))?.code == .emptyDocument)
    let text = refusal(Data("01,BANK,CUSTOMER,240301/\n02,1234/\n".utf8))
    #expect(text?.code == .malformedXML)
    #expect(text?.line == 1)
    let entity = refusal(
      Data(CamtFixture.statement([]).replacingOccurrences(of: "MSG-1", with: "&bad;").utf8))
    #expect(entity?.code == .malformedXML)
    #expect(entity?.line == 4)
  }
}
