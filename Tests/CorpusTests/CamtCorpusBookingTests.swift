import Foundation
import Parsers
import Testing

/// Single bookings of real corpus files, checked against the file and its upstream tests.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CamtCorpusBookingTests {
  @Test("genkgo camt.053.001.08: <Sts><Cd>, <Dbtr><Pty><Nm>, SCOR reference, booking date-time")
  func genkgoVersion8() throws {
    let entry = try #require(
      try Corpus.camtStatements("bank/camt053/genkgo-camt053.v8.xml").first?.entries.first)
    #expect(entry.status.code == "BOOK")
    #expect(entry.bookingDate == "2014-12-31")
    #expect(entry.valueDate == "2015-01-02")
    let payment = try #require(entry.transactions.first)
    #expect(payment.counterpartyName == "NAME NAME")
    #expect(payment.counterpartyAccount == "NL56AGDH9619008421")
    #expect(payment.structuredReferences == ["4654654654654654"])
    #expect(payment.referenceType == "SCOR")
    #expect(payment.endToEndID == "MUELL/FINP/RA12345")
  }

  @Test("genkgo multi-statement file gives both statements in order, the second one indexed")
  func multiStatement() throws {
    let statements = try Corpus.camtStatements("bank/camt053/genkgo-camt053.v2.multi.statement.xml")
    #expect(
      statements.map(\.statementID) == ["253EURNL26VAYB8060476890", "254EURNL26VAYB8060476890"])
    #expect(
      statements.map(\.path) == ["/Document/BkToCstmrStmt/Stmt", "/Document/BkToCstmrStmt/Stmt[2]"])
  }

  @Test("a German return debit (CRLF file): the customer, the reason MS03, the 3.00 fee")
  func returnDebit() throws {
    let entry = try #require(
      try Corpus.camtStatements("bank/camt052/hbci4java-test-camt-ruecklastschrift.xml").first?
        .entries.first)
    #expect(entry.amount == "53.00")
    #expect(entry.creditDebit == .debit)
    #expect(entry.line == 59)
    #expect(entry.transactionCode == nil, "entry and detail BkTxCd are both empty")
    #expect(entry.charges == "3.00", "the detail's two <Chrgs>: 3.00 and 0.00")
    let detail = try #require(entry.transactions.first)
    #expect(detail.counterpartyName == "Sven Schuldner")
    #expect(detail.counterpartyAccount == "DES1234567890")
    #expect(detail.counterpartyBankID == "TESTS1234")
    #expect(detail.returnReason == "MS03")
    #expect(detail.mandateID == "TEST1234")
    #expect(detail.amount == nil, "only InstdAmt, which is not the booked amount")
  }

  @Test("the oldest version (camt.052.001.01, <BkToCstmrAcctRptV01>) is read too")
  func version1() throws {
    let report = try #require(
      try Corpus.camtStatements("bank/camt052/genkgo-camt052.v1.xml").first)
    #expect(report.format == "camt.052.001.01")
    #expect(report.path == "/Document/BkToCstmrAcctRptV01/Rpt")
    #expect(report.entries.map(\.amount) == ["200000"])
    #expect(report.entries.first?.currency == "SEK")
  }

  @Test("pending camt.052 entries and camt.054 notifications keep status and reversal flags")
  func pendingAndNotifications() throws {
    let pending = try Corpus.camtStatements("bank/camt052/genkgo-camt052.v6.Amt-zero.xml")
    #expect(pending.first?.entries.first?.status.code == "PDNG")
    #expect(pending.first?.entries.first?.transactions.first?.amount == "0")
    let notification = try #require(
      try Corpus.camtStatements("bank/camt054/camtparser-054-valid_example.xml").first)
    #expect(notification.statementID == "20160410375204000131032")
    #expect(notification.entries.map(\.isReversal) == [false, false, true, true])
    #expect(notification.entries[2].transactions.first?.counterpartyName == "Bernasconi Maria")
  }

  @Test("the booked amount of a detail is TxAmt, never the instructed amount (InstdAmt)")
  func instructedAmount() throws {
    let entry = try #require(
      try Corpus.camtStatements("bank/camt053/camtparser-053-valid_example_with_instdamt.xml")
        .first?.entries.first)
    #expect(entry.amount == "4500.00")
    #expect(entry.transactions.first?.amount == "0.04")
  }
}
