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
    "every real camt.052/053/054 file in the corpus reads, each entry located under its statement",
    arguments: statementFiles)
  func readsWithoutError(_ path: String) throws {
    let statements = try Corpus.camtStatements(path)
    #expect(!statements.isEmpty)
    for statement in statements {
      #expect(statement.format.hasPrefix("camt.05"))
      for entry in statement.entries {
        #expect(!entry.amount.isEmpty && entry.currency.count == 3)
        #expect(entry.path.hasPrefix(statement.path + "/Ntry"))
        #expect(entry.line > statement.line)
        for detail in entry.transactions {
          #expect(detail.path.hasPrefix(entry.path + "/NtryDtls"))
        }
      }
    }
  }

  @Test(
    "every corpus camt file streams from disk exactly as it reads from memory",
    arguments: statementFiles)
  func fromDisk(_ path: String) throws {
    #expect(try Corpus.camtStatementsFromDisk(path) == Corpus.camtStatements(path))
  }

  @Test(
    "in every corpus file the balances are known when a statement starts (Bal before Ntry)",
    arguments: statementFiles)
  func balancesFirst(_ path: String) throws {
    var atStart: [BankStatement] = []
    var atEnd: [BankStatement] = []
    let url = try #require(Corpus.root).appendingPathComponent(path)
    try CamtReader.stream(
      Data(contentsOf: url), file: url.lastPathComponent,
      statement: { atStart.append($0) }, entry: { _ in }, finished: { atEnd.append($0) })
    #expect(atStart == atEnd)
  }

  @Test("viafintech valid_example: statement, first entry and its detail as the upstream spec says")
  func camtParserValidExample() throws {
    let statements = try Corpus.camtStatements("bank/camt053/camtparser-053-valid_example.xml")
    let statement = try #require(statements.first)
    #expect(statement.statementID == "0352C5320131227220503")
    #expect(statement.sequenceNumber == "130000005")
    #expect(statement.account == "DE14740618130000033626")
    #expect(statement.bankID == "GENODEF1PFK")
    #expect(statement.currency == "EUR")
    #expect(statement.entries.map(\.amount) == ["2.00", "3.00", "1.00", "6.00"])
    let first = statement.entries[0]
    #expect(first.creditDebit == .debit)
    #expect(first.valueDate == "2013-12-27")
    #expect(first.bankReference == "2013122710583450000")
    #expect(first.customerReference == "1234567890sdfghjk")
    #expect(first.transactionCode == "NTRF+020", "empty entry BkTxCd: the detail's code")
    #expect(first.line == 60)
    let payment = try #require(first.transactions.first)
    #expect(payment.endToEndID == "EndToEndReference")
    #expect(payment.bankReference == "BankReference")
    #expect(payment.mandateID == "MandateReference")
    #expect(payment.counterpartyName == "Testkonto Nummer 2")
    #expect(payment.counterpartyAccount == "DE09300606010012345671")
    #expect(payment.counterpartyBankID == "DAAEDEDDXXX")
    #expect(statement.entries[1].transactions.first?.endToEndID == nil, "NOTPROVIDED")
    #expect(statement.entries[3].transactions.map(\.amount) == ["3.50", "2.50"])
  }

  @Test("PostFinance camt.053.001.04 (dvbern): reversals, family codes and entry charges")
  func dvbernStatement() throws {
    let path =
      "bank/camt053/dvbern-camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml"
    let statement = try #require(try Corpus.camtStatements(path).first)
    #expect(statement.format == "camt.053.001.04")
    #expect(statement.account == "CH0309000000250090342")
    #expect(statement.entries.filter(\.isReversal).count == 2)
    #expect(statement.entries.prefix(3).map(\.amount) == ["24.00", "328.75", "200.80"])
    #expect(statement.entries[0].transactionCode == "ACMT/ADOP/CHRG")
    #expect(statement.entries[6].transactionCode == "PMNT/RCDT/VCOM")
    // xmllint: sum(Ntry[i]/Chrgs/Rcrd/Amt) for the 4 entries that have <Chrgs>.
    #expect(
      statement.entries.map(\.charges)
        == [nil, nil, nil, nil, nil, nil, "5.60", "7.20", nil, nil, nil, "0.70", "0.70"])
  }

  @Test("OCA's two concatenated camt.053 documents both read, with lines of the whole file")
  func concatenatedDocuments() throws {
    let statements = try Corpus.camtStatements("bank/camt053/oca-test-camt053-more-than-one-xml")
    #expect(statements.count == 2)
    for statement in statements {
      #expect(statement.statementID == "1234Test/1")
      #expect(statement.entries.map(\.amount) == ["754.25", "664.05", "1405.31"])
      #expect(statement.path == "/Document/BkToCstmrStmt/Stmt")
    }
    #expect(statements.map(\.line) == [8, 299])
    #expect((statements.last?.entries.first?.line ?? 0) > 292)
  }

  @Test("OCA's camt.053: account, batch details and the reversed batch's customer")
  func ocaStatement() throws {
    let statement = try #require(try Corpus.camtStatements("bank/camt053/oca-test-camt053").first)
    #expect(statement.account == "NL77ABNA0574908765")
    #expect(statement.entries.map(\.creditDebit) == [.debit, .debit, .credit])
    let batch = statement.entries[1]
    #expect(batch.isReversal)
    #expect(batch.transactions.map(\.amount) == ["564.05", "100.00"])
    #expect(
      batch.transactions.map(\.endToEndID) == [
        "TESTBANK/NL/20141229/01206408", "TESTBANK/NL/20141229/01206407",
      ])
    #expect(batch.transactions.first?.counterpartyName == "Test Customer")
  }

  @Test("a statement without entries (OCA no-ntry) is an empty statement, not an error")
  func noEntries() throws {
    let statements = try Corpus.camtStatements("bank/camt053/oca-test-camt053-no-ntry")
    #expect(statements.count == 1)
    #expect(statements.first?.entries.isEmpty == true)
    #expect(statements.first?.format == "camt.053.001.04")
  }
}
