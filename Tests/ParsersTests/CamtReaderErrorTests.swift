import Foundation
import Parsers
import Testing

struct CamtReaderErrorTests {
  @Test("a malformed amount is refused naming the element path and line of <Amt>")
  func malformedAmount() {
    let text = CamtFixture.statement([CamtFixture.entry(), CamtFixture.entry(amount: "1,234.50")])
    let error = #expect(throws: ParseError.self) { try CamtFixture.read(text, file: "stmt.xml") }
    #expect(error?.code == .invalidAmount)
    #expect(error?.file == "stmt.xml")
    #expect(error?.element == "/Document/BkToCstmrStmt/Stmt/Ntry[2]/Amt")
    #expect(error?.line == 17)
    #expect(error?.message.contains("entry 2 has the amount \"1,234.50\"") == true)
    #expect(error?.fix == "ask the bank for a corrected statement or remove the entry")
  }

  /// A broken entry and what the reader must say about it.
  struct BrokenEntry: Sendable, CustomTestStringConvertible {
    let name: String
    let entry: String
    let code: ParseError.Code
    let element: String
    let message: String
    var line = 8
    var testDescription: String { name }
  }

  static let brokenEntries: [BrokenEntry] = [
    BrokenEntry(
      name: "no <Amt>",
      entry: "<Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>",
      code: .missingAmount, element: "/Document/BkToCstmrStmt/Stmt/Ntry/Amt",
      message: "entry 1 has no amount (<Amt>)"),
    BrokenEntry(
      name: "no Ccy", entry: "<Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>",
      code: .missingCurrency, element: "/Document/BkToCstmrStmt/Stmt/Ntry/Amt",
      message: "entry 1 has an amount without a currency"),
    BrokenEntry(
      name: "lower-case Ccy",
      entry: "<Ntry><Amt Ccy=\"eur\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>",
      code: .invalidCurrency, element: "/Document/BkToCstmrStmt/Stmt/Ntry/Amt",
      message: "entry 1 has the currency \"eur\""),
    BrokenEntry(
      name: "no <CdtDbtInd>", entry: "<Ntry><Amt Ccy=\"EUR\">1.00</Amt></Ntry>",
      code: .missingCreditDebit, element: "/Document/BkToCstmrStmt/Stmt/Ntry/CdtDbtInd",
      message: "entry 1 does not say whether it is a credit or a debit"),
    BrokenEntry(
      name: "<CdtDbtInd> CREDIT",
      entry: "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CREDIT</CdtDbtInd></Ntry>",
      code: .invalidCreditDebit, element: "/Document/BkToCstmrStmt/Stmt/Ntry/CdtDbtInd",
      message: "entry 1 has <CdtDbtInd> \"CREDIT\""),
    BrokenEntry(
      name: "malformed transaction amount",
      entry: """
        <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <NtryDtls><TxDtls><Amt Ccy="EUR">-1.00</Amt></TxDtls></NtryDtls></Ntry>
        """,
      code: .invalidAmount, element: "/Document/BkToCstmrStmt/Stmt/Ntry/NtryDtls/TxDtls/Amt",
      message: "transaction 1 of entry 1 has the amount \"-1.00\"", line: 9),
  ]

  @Test(
    "an entry missing or garbling Amt, Ccy or CdtDbtInd is refused where it is",
    arguments: brokenEntries)
  func brokenEntry(_ broken: BrokenEntry) {
    let error = #expect(throws: ParseError.self) {
      try CamtFixture.read(CamtFixture.statement([broken.entry]))
    }
    #expect(error?.code == broken.code)
    #expect(error?.element == broken.element)
    #expect(error?.line == broken.line)
    #expect(error?.message.hasPrefix(broken.message) == true)
  }

  @Test(
    "amounts must be plain decimals: digits, optional point and 1 to 5 decimals",
    arguments: [
      ("0", true), ("10", true), ("1.5", true), ("1.12345", true), ("-1.00", false),
      ("1,00", false), ("1.", false), (".5", false), ("1.123456", false), ("1 000.00", false),
      ("1e3", false), ("", false), ("+1.00", false), ("١٢", false),
    ])
  func amountFormat(_ amount: String, accepted: Bool) {
    let text = CamtFixture.statement([CamtFixture.entry(amount: amount)])
    let result = Result { try CamtFixture.read(text) }
    #expect((try? result.get())?.first?.entries.first?.amount == (accepted ? amount : nil))
  }

  @Test("with several statements the message says which statement the entry is in")
  func entryOfStatement() {
    let good = "<Stmt><Id>A</Id>\(CamtFixture.entry())</Stmt>"
    let bad = "<Stmt><Id>B</Id>\(CamtFixture.entry(amount: "x"))</Stmt>"
    let text = """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>\(good)\(bad)</BkToCstmrStmt></Document>
      """
    let error = #expect(throws: ParseError.self) { try CamtFixture.read(text) }
    #expect(error?.message.hasPrefix("entry 1 of statement 2") == true)
    #expect(error?.element == "/Document/BkToCstmrStmt/Stmt[2]/Ntry/Amt")
  }

  @Test("a document that is not a camt message is refused naming its root element")
  func notCamt() throws {
    for text in [
      "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>",
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>",
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.056.001.08\"><FIToFIPmtCxlReq/></Document>",
      "<Document xmlns=\"urn:example:statements\"><BkToCstmrStmt><Stmt/></BkToCstmrStmt></Document>",
      "<Document><GrpHdr/></Document>",
    ] {
      let error = #expect(throws: ParseError.self) { try CamtFixture.read(text) }
      #expect(error?.code == .notACamtMessage)
      #expect(error?.line == 1)
      #expect(error?.element?.hasPrefix("/") == true)
    }
  }

  @Test("a camt message with a header but no statement is refused")
  func noStatement() {
    let text = """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt>
      </Document>
      """
    let error = #expect(throws: ParseError.self) { try CamtFixture.read(text) }
    #expect(error?.code == .noStatement)
    #expect(error?.element == "/Document/BkToCstmrStmt")
    #expect(error?.line == 2)
  }
}
