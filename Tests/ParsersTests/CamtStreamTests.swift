import Foundation
import Parsers
import Testing

struct CamtStreamTests {
  private struct Stop: Error {}

  /// What `CamtReader.stream` reported, one line per call.
  private func events(_ text: String, stopAfter limit: Int = .max) throws -> [String] {
    var events: [String] = []
    let note = { (event: String) throws in
      events.append(event)
      if events.count >= limit { throw Stop() }
    }
    try CamtReader.stream(
      Data(text.utf8), file: "stream.xml",
      statement: {
        try note(
          "statement \($0.statementID ?? "-") \($0.openingBalance?.amount ?? "-") \($0.entries.count)"
        )
      },
      entry: { try note("entry \($0.amount) \($0.path)") },
      finished: {
        try note(
          "finished \($0.statementID ?? "-") \($0.closingBalance?.amount ?? "-") \($0.entries.count)"
        )
      })
    return events
  }

  private func balance(_ code: String, _ amount: String) -> String {
    "<Bal><Tp><CdOrPrtry><Cd>\(code)</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">\(amount)</Amt>"
      + "<CdtDbtInd>CRDT</CdtDbtInd></Bal>"
  }

  private var twoStatements: String {
    """
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
    <Stmt><Id>A</Id>\(balance("OPBD", "10"))\(balance("CLBD", "13"))
    \(CamtFixture.entry(amount: "1"))\(CamtFixture.entry(amount: "2"))</Stmt>
    <Stmt><Id>B</Id>\(balance("PRCD", "20"))\(balance("CLBD", "23"))
    \(CamtFixture.entry(amount: "3"))</Stmt>
    </BkToCstmrStmt></Document>
    """
  }

  @Test("streaming gives each statement with its balances, then its entries, then its end")
  func order() throws {
    #expect(
      try events(twoStatements) == [
        "statement A 10 0",
        "entry 1 /Document/BkToCstmrStmt/Stmt/Ntry[1]",
        "entry 2 /Document/BkToCstmrStmt/Stmt/Ntry[2]",
        "finished A 13 0",
        "statement B 20 0",
        "entry 3 /Document/BkToCstmrStmt/Stmt[2]/Ntry",
        "finished B 23 0",
      ])
  }

  @Test("an error thrown by a callback stops the reading and reaches the caller")
  func callbackStops() {
    #expect(throws: Stop.self) { try events(twoStatements, stopAfter: 2) }
  }

  @Test(
    "a bad later entry is refused after the earlier ones were streamed; a bad first one as Ntry[1]")
  func errorsWhileStreaming() {
    let bad = CamtFixture.entry(amount: "1,00")
    var seen: [String] = []
    let later = #expect(throws: ParseError.self) {
      try CamtReader.stream(
        Data(CamtFixture.statement([CamtFixture.entry(), CamtFixture.entry(), bad]).utf8),
        file: "s.xml", statement: { _ in }, entry: { seen.append($0.path) }, finished: { _ in })
    }
    #expect(seen.count == 2)
    #expect(later?.element == "/Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt")
    let first = #expect(throws: ParseError.self) {
      try CamtFixture.read(CamtFixture.statement([bad, CamtFixture.entry()]))
    }
    #expect(first?.element == "/Document/BkToCstmrStmt/Stmt/Ntry[1]/Amt")
    #expect(first?.line == 9)
  }

  @Test("documents one after another in one file are all read, with lines of the whole file")
  func concatenated() throws {
    let one = CamtFixture.statement([CamtFixture.entry()])
    let bytes = Data([0xEF, 0xBB, 0xBF]) + Data((one + "\n\n" + one + "\n" + one).utf8)
    let statements = try CamtReader.read(bytes, file: "three.xml")
    let length = one.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect(statements.map(\.line) == [5, 5 + length + 1, 5 + 2 * length + 1])
    #expect(statements.map(\.entries.count) == [1, 1, 1])
  }

  @Test(
    "an <?xml …?> inside a comment, CDATA or instruction, or <?xml-stylesheet?>, splits nothing")
  func declarationLookalikes() throws {
    let remittance = "<RmtInf><Ustrd><![CDATA[<?xml version=\"1.0\"?> pasted]]></Ustrd></RmtInf>"
    let text = CamtFixture.statement([CamtFixture.entry(details: "<TxDtls>\(remittance)</TxDtls>")])
      .replacingOccurrences(
        of: "<BkToCstmrStmt>",
        with: "<!-- <?xml version=\"1.0\"?> --><?note <?xml version=\"1.0\"?> ?><BkToCstmrStmt>"
      )
      .replacingOccurrences(
        of: "?>\n<Document", with: "?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<Document")
    let statements = try CamtFixture.read(text)
    #expect(statements.count == 1)
    #expect(
      statements.first?.entries.first?.transactions.first?.remittance == [
        "<?xml version=\"1.0\"?> pasted"
      ])
  }

  @Test("text after the root element that is no document is refused at its line")
  func trailingText() {
    let text = CamtFixture.statement([CamtFixture.entry()]) + "\n<Trailer/>"
    let error = #expect(throws: ParseError.self) { try CamtFixture.read(text) }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 19)
  }

  @Test("many streams on many tasks at once give the same results and located errors")
  func concurrent() async {
    let good = Data(CamtFixture.version2.utf8)
    let bad = Data(CamtFixture.statement([CamtFixture.entry()]).utf8.prefix(300))
    let outcomes = await withTaskGroup(of: (Int?, Int?).self) { group in
      for index in 0..<64 {
        group.addTask {
          do throws(ParseError) {
            let statements = try CamtReader.read(
              index.isMultiple(of: 2) ? good : bad, file: "t.xml")
            return (statements.first?.entries.count, nil)
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
    #expect(Set(outcomes.compactMap(\.1)).count == 1)
    #expect(outcomes.compactMap(\.1).count == 32)
  }
}
