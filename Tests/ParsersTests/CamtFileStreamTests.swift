import Foundation
import Parsers
import Testing

struct CamtFileStreamTests {
  /// Writes `bytes` to a temporary file, streams it from disk and removes it again.
  private func streamFromDisk(_ bytes: Data, name: String = "disk.xml") throws -> [BankStatement] {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-camt-\(UUID().uuidString).xml")
    try bytes.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var statements: [BankStatement] = []
    try CamtReader.stream(
      contentsOf: url, file: name,
      statement: { statements.append($0) },
      entry: { statements[statements.count - 1].entries.append($0) },
      finished: { statements[statements.count - 1].closingBalance = $0.closingBalance })
    return statements
  }

  private func refusal(_ bytes: Data) -> ParseError? {
    let error = #expect(throws: (any Error).self) { try streamFromDisk(bytes) }
    return error as? ParseError
  }

  @Test("streaming a file from disk gives what reading its bytes gives")
  func sameAsBytes() throws {
    for text in [CamtFixture.version2, CamtFixture.version8] {
      #expect(try streamFromDisk(Data(text.utf8)) == CamtFixture.read(text, file: "disk.xml"))
    }
  }

  @Test("a file with documents one after another is still split at each declaration")
  func concatenated() throws {
    let one = CamtFixture.statement([CamtFixture.entry()])
    let statements = try streamFromDisk(Data((one + "\n" + one).utf8))
    #expect(statements.map(\.line) == [5, 23])
  }

  @Test("from disk too: DOCTYPE, empty and broken files are refused, located")
  func refusals() {
    let doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document>\n<Document/>"
    #expect(refusal(Data(doctype.utf8))?.code == .documentTypeRefused)
    #expect(refusal(Data(doctype.utf8))?.line == 2)
    #expect(refusal(Data())?.code == .emptyDocument)
    let cut = Data(CamtFixture.version2.utf8.prefix(700))
    let broken = refusal(cut)
    #expect(broken?.code == .malformedXML)
    #expect(broken?.line == 19)
    #expect(broken?.file == "disk.xml")
  }

  @Test("a file that does not exist is refused as unreadable")
  func missingFile() {
    let url = URL(fileURLWithPath: "/nonexistent/arflow-\(UUID().uuidString).xml")
    let error = #expect(throws: ParseError.self) {
      try CamtReader.stream(
        contentsOf: url, file: "gone.xml", statement: { _ in }, entry: { _ in },
        finished: { _ in })
    }
    #expect(error?.code == .unreadableFile)
    #expect(error?.file == "gone.xml")
  }

  @Test("entries, details and statements far down a big file (beyond line 65535) keep their line")
  func bigFileLines() throws {
    let entries = (0..<9_000).map { index in
      CamtFixture.entry(
        amount: "\(index).00", details: "\n<TxDtls><Amt Ccy=\"EUR\">1</Amt></TxDtls>")
    }
    let text = CamtFixture.statement(entries)
      .replacingOccurrences(of: "    </Stmt>", with: "    </Stmt>\n    <Stmt>\n<Id>B</Id></Stmt>")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let numbers = { (tag: String) in
      lines.indices.filter { lines[$0].hasSuffix(tag) || lines[$0].hasPrefix(tag) }.map { $0 + 1 }
    }
    #expect((numbers("<Ntry>").last ?? 0) > 65_535)
    for statements in [try CamtFixture.read(text), try streamFromDisk(Data(text.utf8))] {
      #expect(statements.map(\.line) == numbers("    <Stmt>"))
      #expect(statements.first?.entries.map(\.line) == numbers("<Ntry>"))
      #expect(statements.first?.entries.flatMap(\.transactions).map(\.line) == numbers("<TxDtls>"))
      #expect(statements.first?.entries.last?.path == "/Document/BkToCstmrStmt/Stmt/Ntry[9000]")
    }
  }
}
