import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CamtCorpusTests {
  static let statementFiles =
    Corpus.files(in: "bank/camt053").map { "bank/camt053/\($0)" }
    + Corpus.files(in: "bank/camt052").map { "bank/camt052/\($0)" }
    + Corpus.files(in: "bank/camt054").map { "bank/camt054/\($0)" }

  @Test(
    "every real camt.052/053/054 file in the corpus reads without error", arguments: statementFiles)
  func readsWithoutError(_ path: String) throws {
    let documents = try Corpus.camtStatements(path)
    #expect(!documents.isEmpty)
    for statement in documents.joined() {
      #expect(statement.messageName.hasPrefix("camt.05"))
      for entry in statement.entries {
        #expect(!entry.amount.isEmpty && entry.currency.count == 3)
        #expect(entry.path.hasPrefix(statement.path + "/Ntry"))
      }
    }
  }

  @Test(
    "viafintech valid_example: statement, first entry and its transaction as the upstream spec says"
  )
  func camtParserValidExample() throws {
    let statements = try Corpus.camtStatements("bank/camt053/camtparser-053-valid_example.xml")
    let statement = try #require(statements.first?.first)
    #expect(statement.statementId == "0352C5320131227220503")
    #expect(statement.accountIBAN == "DE14740618130000033626")
    #expect(statement.accountCurrency == "EUR")
    #expect(statement.entries.map(\.amount) == ["2.00", "3.00", "1.00", "6.00"])
    #expect(statement.entries.flatMap(\.transactions).count == 5)
    let first = statement.entries[0]
    #expect(first.creditDebit == .debit)
    #expect(first.valueDate == "2013-12-27")
    #expect(first.accountServicerReference == "2013122710583450000")
    #expect(first.entryReference == "1234567890sdfghjk")
    #expect(first.line == 60)
    let payment = try #require(first.transactions.first)
    #expect(payment.endToEndId == "EndToEndReference")
    #expect(payment.accountServicerReference == "BankReference")
    #expect(payment.counterpartyName == "Testkonto Nummer 2")
    #expect(payment.counterpartyIBAN == "DE09300606010012345671")
    #expect(statement.entries[1].transactions.first?.endToEndId == nil, "NOTPROVIDED")
    #expect(statement.entries[3].transactions.map(\.amount) == ["3.50", "2.50"])
  }

  @Test("PostFinance camt.053.001.04 (dvbern): 13 entries, 32 transactions, 2 reversals")
  func dvbernStatement() throws {
    let path =
      "bank/camt053/dvbern-camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml"
    let statement = try #require(try Corpus.camtStatements(path).first?.first)
    #expect(statement.messageName == "camt.053.001.04")
    #expect(statement.accountIBAN == "CH0309000000250090342")
    #expect(statement.entries.count == 13)
    #expect(statement.entries.flatMap(\.transactions).count == 32)
    #expect(statement.entries.filter(\.isReversal).count == 2)
    #expect(statement.entries.prefix(3).map(\.amount) == ["24.00", "328.75", "200.80"])
  }

  @Test("OCA's two concatenated camt.053 documents both read, with lines of the whole file")
  func concatenatedDocuments() throws {
    let documents = try Corpus.camtStatements("bank/camt053/oca-test-camt053-more-than-one-xml")
    #expect(documents.count == 2)
    for statements in documents {
      #expect(statements.first?.statementId == "1234Test/1")
      #expect(statements.first?.entries.map(\.amount) == ["754.25", "664.05", "1405.31"])
    }
    #expect((documents.last?.first?.line ?? 0) > 292)
  }

  @Test("OCA's camt.053: account, batch transactions and the reversed batch's customer")
  func ocaStatement() throws {
    let statement = try #require(
      try Corpus.camtStatements("bank/camt053/oca-test-camt053").first?.first)
    #expect(statement.accountIBAN == "NL77ABNA0574908765")
    #expect(statement.entries.map(\.creditDebit) == [.debit, .debit, .credit])
    let batch = statement.entries[1]
    #expect(batch.isReversal)
    #expect(batch.transactions.map(\.amount) == ["564.05", "100.00"])
    #expect(
      batch.transactions.map(\.endToEndId) == [
        "TESTBANK/NL/20141229/01206408", "TESTBANK/NL/20141229/01206407",
      ])
    #expect(batch.transactions.first?.counterpartyName == "Test Customer")
  }

  @Test("a statement without entries (OCA no-ntry) is an empty statement, not an error")
  func noEntries() throws {
    let statements = try Corpus.camtStatements("bank/camt053/oca-test-camt053-no-ntry")
    #expect(statements.first?.count == 1)
    #expect(statements.first?.first?.entries.isEmpty == true)
    #expect(statements.first?.first?.messageName == "camt.053.001.04")
  }

  @Test("genkgo camt.053.001.08: <Sts><Cd>, <Dbtr><Pty><Nm>, SCOR reference, booking date-time")
  func genkgoVersion8() throws {
    let entry = try #require(
      try Corpus.camtStatements("bank/camt053/genkgo-camt053.v8.xml").first?.first?.entries.first)
    #expect(entry.status == "BOOK")
    #expect(entry.bookingDate == "2014-12-31")
    #expect(entry.valueDate == "2015-01-02")
    let payment = try #require(entry.transactions.first)
    #expect(payment.counterpartyName == "NAME NAME")
    #expect(payment.counterpartyIBAN == "NL56AGDH9619008421")
    #expect(payment.structuredReferences == ["4654654654654654"])
    #expect(payment.endToEndId == "MUELL/FINP/RA12345")
  }

  @Test("genkgo multi-statement file gives both statements in order")
  func multiStatement() throws {
    let statements = try Corpus.camtStatements("bank/camt053/genkgo-camt053.v2.multi.statement.xml")
    #expect(
      statements.first?.map(\.statementId) == [
        "253EURNL26VAYB8060476890", "254EURNL26VAYB8060476890",
      ])
  }

  @Test("a German return debit (CRLF file) names the customer, not the collecting creditor")
  func returnDebit() throws {
    let entry = try #require(
      try Corpus.camtStatements("bank/camt052/hbci4java-test-camt-ruecklastschrift.xml").first?
        .first?.entries.first)
    #expect(entry.amount == "53.00")
    #expect(entry.creditDebit == .debit)
    #expect(entry.transactions.first?.counterpartyName == "Sven Schuldner")
    #expect(entry.line == 59)
  }

  @Test("the oldest version (camt.052.001.01, <BkToCstmrAcctRptV01>) is read too")
  func version1() throws {
    let report = try #require(
      try Corpus.camtStatements("bank/camt052/genkgo-camt052.v1.xml").first?.first)
    #expect(report.messageName == "camt.052.001.01")
    #expect(report.path == "/Document/BkToCstmrAcctRptV01/Rpt")
    #expect(report.entries.map(\.amount) == ["200000"])
    #expect(report.entries.first?.currency == "SEK")
  }

  @Test("pending camt.052 entries and camt.054 notifications keep status and reversal flags")
  func pendingAndNotifications() throws {
    let pending = try Corpus.camtStatements("bank/camt052/genkgo-camt052.v6.Amt-zero.xml")
    #expect(pending.first?.first?.entries.first?.status == "PDNG")
    #expect(pending.first?.first?.entries.first?.transactions.first?.amount == "0")
    let notification = try #require(
      try Corpus.camtStatements("bank/camt054/camtparser-054-valid_example.xml").first?.first)
    #expect(notification.statementId == "20160410375204000131032")
    #expect(notification.entries.map(\.isReversal) == [false, false, true, true])
    #expect(notification.entries[2].transactions.first?.counterpartyName == "Bernasconi Maria")
  }
}
