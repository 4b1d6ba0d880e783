import Foundation
import Parsers
import Testing

struct CamtStatementHeaderTests {
  private func balance(_ code: String, _ amount: String, _ indicator: String = "CRDT") -> String {
    """
    <Bal><Tp><CdOrPrtry><Cd>\(code)</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">\(amount)</Amt>
      <CdtDbtInd>\(indicator)</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>
    """
  }

  private func statement(_ header: String) throws -> BankStatement {
    let text = CamtFixture.statement([CamtFixture.entry()])
      .replacingOccurrences(of: "<Ccy>EUR</Ccy></Acct>", with: "<Ccy>EUR</Ccy></Acct>\(header)")
    return try #require(try CamtFixture.read(text).first)
  }

  @Test("OPBD is the opening balance even after PRCD; CLBD the closing one; others are ignored")
  func openingAndClosing() throws {
    let read = try statement(
      balance("PRCD", "2.02") + balance("ITBD", "9.99") + balance("OPBD", "1.01")
        + balance("CLAV", "8.88") + balance("CLBD", "4.04", "DBIT"))
    #expect(read.openingBalance?.type == "OPBD")
    #expect(read.openingBalance?.amount == "1.01")
    #expect(read.openingBalance?.date == "2024-03-01")
    #expect(read.openingBalance?.currency == "EUR")
    #expect(read.closingBalance?.type == "CLBD")
    #expect(read.closingBalance?.creditDebit == .debit)
    #expect(read.closingBalance?.amount == "4.04")
  }

  @Test("without OPBD the previously closed balance (PRCD) opens the statement")
  func previouslyClosed() throws {
    let read = try statement(balance("PRCD", "7.00") + balance("CLBD", "107.00"))
    #expect(read.openingBalance?.type == "PRCD")
    #expect(read.openingBalance?.amount == "7.00")
    #expect(read.closingBalance?.amount == "107.00")
  }

  @Test("a used balance without CdtDbtInd is refused at its element and line")
  func brokenBalance() {
    let broken = "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">1</Amt></Bal>"
    let error = #expect(throws: ParseError.self) {
      try statement(balance("OPBD", "1.00") + broken)
    }
    #expect(error?.code == .missingCreditDebit)
    #expect(error?.element == "/Document/BkToCstmrStmt/Stmt/Bal[2]/CdtDbtInd")
    #expect(error?.line == 8)
    #expect(error?.message.hasPrefix("the closing balance (CLBD) does not say") == true)
  }

  @Test("sequence number, other account id, servicer BICFI and a DtTm balance date are read")
  func headerFields() throws {
    let text = """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
      <Stmt><Id>S-1</Id><ElctrncSeqNb>42</ElctrncSeqNb><LglSeqNb>7</LglSeqNb>
      <Acct><Id><Othr><Id>0123456789</Id></Othr></Id><Ccy>USD</Ccy>
        <Svcr><FinInstnId><BICFI>CHASUS33</BICFI></FinInstnId></Svcr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">5</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2024-03-01T00:00:00-05:00</DtTm></Dt></Bal>
      </Stmt><Stmt><Id>S-2</Id><LglSeqNb>8</LglSeqNb></Stmt></BkToCstmrStmt></Document>
      """
    let statements = try CamtFixture.read(text)
    #expect(statements.map(\.sequenceNumber) == ["42", "8"])
    #expect(statements.first?.account == "0123456789")
    #expect(statements.first?.currency == "USD")
    #expect(statements.first?.bankID == "CHASUS33")
    #expect(statements.first?.openingBalance?.date == "2024-03-01")
  }

  @Test("two statements for two accounts: each keeps its account, and only its own is skipped")
  func twoAccounts() throws {
    let payment = CamtFixture.entry(details: "<TxDtls>\(CamtFixture.customerPaysUs)</TxDtls>")
    let text = """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
      <Stmt><Id>A</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></Acct>
      \(CamtFixture.entry(indicator: "DBIT", details: "<TxDtls>\(CamtFixture.customerPaysUs)</TxDtls>"))
      </Stmt>
      <Stmt><Id>B</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
      \(payment)\(payment)
      </Stmt></BkToCstmrStmt></Document>
      """
    let statements = try CamtFixture.read(text)
    #expect(statements.map(\.account) == ["DE02120300000000202051", "DE89370400440532013000"])
    #expect(
      statements.map(\.path) == ["/Document/BkToCstmrStmt/Stmt", "/Document/BkToCstmrStmt/Stmt[2]"])
    #expect(statements.map(\.entries.count) == [1, 2])
    // Statement A (ours): a debit whose creditor is us names the customer.
    #expect(statements[0].entries[0].transactions.first?.counterpartyName == "Customer GmbH")
    // Statement B (the customer's account): a credit whose debtor is the account names us.
    #expect(statements[1].entries[0].transactions.first?.counterpartyName == "Our Company AG")
    #expect(statements[1].entries[1].path == "/Document/BkToCstmrStmt/Stmt[2]/Ntry[2]")
  }
}
