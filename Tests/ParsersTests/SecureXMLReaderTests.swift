import Foundation
import Parsers
import Testing

struct SecureXMLReaderTests {
  private let statement = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>
        <Stmt>
          <Ntry><Amt Ccy="EUR">1.00</Amt></Ntry>
          <Ntry><Amt Ccy="EUR"> 2.00 </Amt><Note><![CDATA[a < b]]> &amp; c</Note></Ntry>
        </Stmt>
      </BkToCstmrStmt>
    </Document>
    """

  @Test("elements keep local name, namespace, attributes, trimmed text, line and path")
  func tree() throws {
    let root = try SecureXMLReader.read(Data(statement.utf8), file: "s.xml")
    #expect(root.name == "Document")
    #expect(root.namespace == "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02")
    #expect(root.line == 2)
    #expect(root.path == "/Document")
    let entries = try #require(root.descendant("BkToCstmrStmt", "Stmt")).children("Ntry")
    #expect(
      entries.map(\.path) == [
        "/Document/BkToCstmrStmt/Stmt/Ntry[1]", "/Document/BkToCstmrStmt/Stmt/Ntry[2]",
      ])
    let amount = try #require(entries[1].child("Amt"))
    #expect(amount.text == "2.00")
    #expect(amount.attributes == ["Ccy": "EUR"])
    #expect(amount.line == 6)
    #expect(amount.path == "/Document/BkToCstmrStmt/Stmt/Ntry[2]/Amt")
    #expect(entries[1].child("Note")?.text == "a < b & c")
    #expect(root.descendant("BkToCstmrStmt", "Nope") == nil)
  }

  @Test("a mismatched closing tag is reported with libxml2's words, line and column")
  func mismatchedTag() {
    let text = "<Document>\n  <Stmt>\n    <Id>1</Id>\n  </Stmnt>\n</Document>\n"
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(text.utf8), file: "bad.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 4)
    #expect(
      error?.message.contains("Opening and ending tag mismatch: Stmt line 2 and Stmnt") == true)
    #expect(error?.message.contains("column") == true)
  }

  @Test("a file cut off in the middle is reported at the line where it stops")
  func truncated() {
    let text = "<?xml version=\"1.0\"?>\n<Document>\n  <Stmt>\n    <Ntry>\n      <Amt Ccy=\"EU"
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(text.utf8), file: "cut.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 5)
  }

  @Test("an undeclared entity is an error, not an empty string")
  func undeclaredEntity() {
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data("<a>&nbsp;</a>".utf8), file: "e.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 1)
  }

  @Test("an ISO-8859-1 file is decoded by its declaration")
  func latin1() throws {
    let head = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Nm>Z".utf8)
    let bytes = head + [0xFC] + Array("rich M".utf8) + [0xE9] + Array("ridien</Nm>".utf8)
    let root = try SecureXMLReader.read(Data(bytes), file: "latin1.xml")
    #expect(root.text == "Zürich Méridien")
  }

  @Test("an empty file is refused as empty")
  func empty() {
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(" \n".utf8), file: "empty.xml")
    }
    #expect(error?.code == .emptyDocument)
  }

  @Test("two documents in one file: read refuses, readDocuments returns both with file lines")
  func concatenated() throws {
    let text =
      "<?xml version=\"1.0\"?>\n<A>\n<x/>\n</A>\n<?xml version=\"1.0\"?>\n<B>\n<y/>\n</B>\n"
    #expect(throws: ParseError.self) { try SecureXMLReader.read(Data(text.utf8), file: "two.xml") }
    let roots = try SecureXMLReader.readDocuments(Data(text.utf8), file: "two.xml")
    #expect(roots.map(\.name) == ["A", "B"])
    #expect(roots.map(\.line) == [2, 6])
    #expect(roots[1].child("y")?.line == 7)
    let bare = try SecureXMLReader.readDocuments(Data("<A/>\n<B/>".utf8), file: "bare.xml")
    #expect(bare.map(\.name) == ["A", "B"])
  }

  @Test("readDocuments still locates a real error in a later document")
  func concatenatedWithError() {
    let text = "<A/>\n<?xml version=\"1.0\"?>\n<B>\n<y>\n</B>\n"
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.readDocuments(Data(text.utf8), file: "two.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 5)
  }
}

struct SecureXMLReaderRobustnessTests {
  @Test("a UTF-8 declared file with a stray Windows-1252 byte is refused at its line")
  func invalidUTF8() {
    let bytes =
      Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Doc>\n<Nm>Z".utf8) + [0xFC]
      + Array("rich</Nm>\n</Doc>".utf8)
    let error = #expect(throws: ParseError.self) {
      try SecureXMLReader.read(Data(bytes), file: "w.xml")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 3)
  }

  @Test("documents read from many tasks at once give the same results and errors")
  func concurrentReads() async {
    let good = Data(CamtFixture.version2.utf8)
    let bad = Data("<Document>\n<Stmt>\n</Document>".utf8)
    let outcomes = await withTaskGroup(of: (Int?, Int?).self) { group in
      for index in 0..<64 {
        group.addTask {
          if index.isMultiple(of: 2) {
            let entries = try? CamtReader.read(good, file: "g.xml").first?.entries.count
            return (entries, nil)
          }
          do throws(ParseError) {
            _ = try SecureXMLReader.read(bad, file: "b.xml")
            return (nil, nil)
          } catch {
            return (nil, error.line)
          }
        }
      }
      var all: [(Int?, Int?)] = []
      for await outcome in group { all.append(outcome) }
      return all
    }
    #expect(outcomes.filter { $0.0 == 3 }.count == 32)
    #expect(outcomes.filter { $0.1 == 3 }.count == 32)
  }
}
