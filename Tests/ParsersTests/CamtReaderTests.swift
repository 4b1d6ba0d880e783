import Foundation
import Parsers
import Testing

struct CamtReaderTests {
  @Test("a camt.053.001.02 statement gives its account, entries and transaction details as written")
  func version2() throws {
    let statements = try CamtFixture.read(CamtFixture.version2)
    let statement = try #require(statements.first)
    #expect(statements.count == 1)
    #expect(statement.format == "camt.053.001.02")
    #expect(statement.statementID == "STMT-2024-03-01")
    #expect(statement.account == "DE02120300000000202051")
    #expect(statement.currency == "EUR")
    #expect(statement.path == "/Document/BkToCstmrStmt/Stmt")
    #expect(statement.line == 5)
    #expect(statement.entries.map(\.amount) == ["1190.00", "250.5", "45.99"])
    #expect(statement.entries.map(\.creditDebit) == [.credit, .credit, .debit])
    #expect(
      statement.entries.map(\.path) == [
        "/Document/BkToCstmrStmt/Stmt/Ntry[1]", "/Document/BkToCstmrStmt/Stmt/Ntry[2]",
        "/Document/BkToCstmrStmt/Stmt/Ntry[3]",
      ])

    let first = statement.entries[0]
    #expect(first.currency == "EUR")
    #expect(!first.isReversal)
    #expect(first.status.code == "BOOK")
    #expect(first.bookingDate == "2024-03-01")
    #expect(first.valueDate == "2024-03-02")
    #expect(first.bankReference == "BANK-REF-1")
    #expect(first.customerReference == "E-1")
    #expect(first.line == 8)
    let payment = try #require(first.transactions.first)
    #expect(payment.amount == "1190.00")
    #expect(payment.currency == "EUR")
    #expect(payment.endToEndID == "RE-2024-0042")
    #expect(payment.bankReference == "TX-REF-1")
    #expect(payment.counterpartyName == "Müller Maschinenbau GmbH")
    #expect(payment.counterpartyAccount == "DE89370400440532013000")
    #expect(payment.remittance == ["Rechnung RE-2024-0042", "Kundennr. 4711"])
    #expect(payment.path == "/Document/BkToCstmrStmt/Stmt/Ntry[1]/NtryDtls/TxDtls")
    #expect(payment.line == 18)

    let second = try #require(statement.entries[1].transactions.first)
    #expect(second.endToEndID == nil)
    #expect(second.amount == nil)
    #expect(second.structuredReferences == ["RF18539007547034"])
    #expect(second.referenceType == "SCOR")
    #expect(second.counterpartyName == "Jansen B.V.")

    let outgoing = try #require(statement.entries[2].transactions.first)
    #expect(outgoing.counterpartyName == "Office Supplies Ltd")
    #expect(outgoing.counterpartyAccount == "GB33BUKB20201555555555")
  }

  @Test("a camt.053.001.08 statement reads <Sts><Cd>, <Dbtr><Pty><Nm> and a booking date-time")
  func version8() throws {
    let statement = try #require(try CamtFixture.read(CamtFixture.version8).first)
    #expect(statement.format == "camt.053.001.08")
    #expect(statement.entries.map(\.status.code) == ["BOOK", "PDNG"])
    #expect(statement.entries[0].bookingDate == "2024-02-29")
    #expect(statement.entries[1].bookingDate == nil)
    #expect(statement.entries[1].transactions.isEmpty)
    let payment = try #require(statement.entries[0].transactions.first)
    #expect(payment.amount == "540.00")
    #expect(payment.counterpartyName == "Alpenblick AG")
    #expect(payment.counterpartyAccount == "CH5604835012345678009")
    #expect(payment.structuredReferences == ["210000000003139471430009017"])
  }

  @Test("camt.052 reports and camt.054 notifications are read by the same reader")
  func reportsAndNotifications() throws {
    let report = CamtFixture.statement(
      [CamtFixture.entry()], message: "camt.052.001.02", container: "BkToCstmrAcctRpt",
      statement: "Rpt")
    let notification = CamtFixture.statement(
      [CamtFixture.entry(), CamtFixture.entry(indicator: "DBIT")], message: "camt.054.001.04",
      container: "BkToCstmrDbtCdtNtfctn", statement: "Ntfctn")
    let reports = try CamtFixture.read(report)
    let notifications = try CamtFixture.read(notification)
    #expect(reports.map(\.format) == ["camt.052.001.02"])
    #expect(reports.first?.entries.first?.path == "/Document/BkToCstmrAcctRpt/Rpt/Ntry")
    #expect(notifications.first?.format == "camt.054.001.04")
    #expect(notifications.first?.entries.count == 2)
    #expect(notifications.first?.path == "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn")
  }

  @Test("a statement without entries is read as an empty statement")
  func noEntries() throws {
    let statements = try CamtFixture.read(CamtFixture.statement([]))
    #expect(statements.count == 1)
    #expect(statements.first?.entries.isEmpty == true)
  }

  @Test("a camt document without namespace is still read, named by its container")
  func noNamespace() throws {
    let text = CamtFixture.statement([CamtFixture.entry()])
      .replacingOccurrences(
        of: " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", with: "")
    #expect(try CamtFixture.read(text).first?.format == "camt.053")
  }

  @Test("the message name comes from any camt namespace, and only from one")
  func messageNames() {
    #expect(
      CamtReader.messageName("urn:iso:std:iso:20022:tech:xsd:camt.053.001.13") == "camt.053.001.13")
    #expect(
      CamtReader.messageName("urn:iso:std:iso:20022:tech:xsd:camt.052.001.01") == "camt.052.001.01")
    #expect(CamtReader.messageName("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03") == nil)
    #expect(CamtReader.messageName("urn:iso:std:iso:20022:tech:xsd:camt.053") == nil)
    #expect(CamtReader.messageName(nil) == nil)
  }
}
