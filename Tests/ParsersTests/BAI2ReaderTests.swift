import Foundation
import Parsers
import Testing

struct BAI2ReaderTests {
  typealias Fixture = BAI2Fixture

  @Test("an account is a statement with ledger balances and entries by type-code range")
  func basicAccount() throws {
    let statement = try #require(try Fixture.read(Fixture.basic).first)
    #expect(statement.format == "BAI2" && statement.statementID == "42")
    #expect(statement.account == "1234567" && statement.currency == "USD")
    #expect(statement.bankID == "026009593")
    #expect(statement.path == "group 1, account 1" && statement.line == 3)
    #expect(
      statement.openingBalance
        == BankBalance(
          amount: "1500.00", creditDebit: .credit, currency: "USD", date: "2023-10-01",
          type: "010"))
    #expect(statement.closingBalance?.amount == "1875.00")
    #expect(statement.entries.map(\.amount) == ["400.00", "100.00", "125.00"])
    #expect(statement.entries.map(\.creditDebit) == [.credit, .credit, .debit])
    #expect(statement.entries.map(\.transactionCode) == ["195", "142", "475"])
    #expect(
      statement.entries.allSatisfy { $0.status.code == "BOOK" && $0.bookingDate == "2023-10-01" })
    let wire = statement.entries[0]
    #expect(wire.bankReference == "BR1" && wire.customerReference == "CR1")
    #expect(wire.path == "group 1, account 1, 16 on line 4")
    #expect(wire.transactions.first?.remittance == ["INCOMING WIRE ACME, INV 2023/11/0815"])
    let check = statement.entries[2]
    #expect(check.valueDate == "2023-10-02", "funds type V gives the value date")
    #expect(check.customerReference == "CHK 1001" && check.information == "CHECK PAID")
  }

  @Test("funds types S and D take their extra fields, so references and text stay in place")
  func fundsTypes() throws {
    let statement = try #require(try Fixture.read(Fixture.fundsTypes).first)
    #expect(statement.currency == "USD", "the 03 leaves the currency to the 02")
    #expect(statement.openingBalance?.amount == "1000.00")
    #expect(statement.entries.map(\.bankReference) == ["BRS", "BRD", "BRZ"])
    #expect(statement.entries.map(\.customerReference) == ["CRS", "CRD", nil])
    #expect(
      statement.entries.map(\.information) == ["FUNDS TYPE S", "FUNDS TYPE D", "FUNDS TYPE Z"])
    #expect(statement.entries.map(\.amount) == ["300.00", "200.00", "100.00"])
  }

  @Test("88 records continue a 16's text; KEY: value lines give end-to-end id and counterparty")
  func continuation() throws {
    let lines = Fixture.file(
      details: [
        "16,165,2500,0,BR9,,ACH DEBIT COLLECTION/", "88,EREF: E2E-77/",
        "88,DBNM: CUSTOMER ONE LLC/", "88,CRNM: ARFLOW INC/", "88,CREF: /", "88,CHKN: 1001/",
        "88,INV 4711, 4712/",
      ], total: 2500, records: 9)
    let entry = try #require(try Fixture.read(lines).first?.entries.first)
    let detail = try #require(entry.transactions.first)
    #expect(detail.remittance == ["ACH DEBIT COLLECTION", "CHKN: 1001", "INV 4711, 4712"])
    #expect(detail.endToEndID == "E2E-77")
    #expect(detail.counterpartyName == "CUSTOMER ONE LLC", "money in: the debtor, not us")
    #expect(entry.information?.components(separatedBy: "\n").count == 7)
  }

  @Test("records without the closing slash, or several on one line, read the same")
  func slashes() throws {
    let expected = try Fixture.read(Fixture.basic)
    let unslashed = Fixture.basic.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    #expect(try Fixture.read(unslashed, separator: "\r\n") == expected)
    let joined = [Fixture.basic[0..<4].joined(separator: "   ")] + Fixture.basic[4...]
    let sameLine = try Fixture.read(Array(joined))
    #expect(sameLine.map(\.entries.count) == [3])
    #expect(
      sameLine.first?.entries.first?.transactions.first?.remittance.first
        == "INCOMING WIRE ACME, INV 2023/11/0815")
  }

  @Test("a 16 text running on to a line without record code is continued (not a record)")
  func bareContinuationLine() throws {
    let lines = Fixture.file(
      details: ["16,142,2500,Z,,,FIRST PART", "SECOND PART/"], total: 2500, records: 3)
    let detail = try #require(try Fixture.read(lines).first?.entries.first?.transactions.first)
    #expect(detail.remittance == ["FIRST PART", "SECOND PART"])
  }

  @Test("loan and customer-defined type codes are information entries outside the balance")
  func informationCodes() throws {
    let lines = Fixture.file(
      details: [
        "16,901,100,0,,,NOTE/", "16,925,200,0,,,CUSTOM CREDIT/", "16,960,300,0,,,CUSTOM DEBIT/",
        "16,721,400,0,,,LOAN INTEREST/",
      ],
      total: 1000)
    let entries = try #require(try Fixture.read(lines).first?.entries)
    #expect(entries.map(\.status.code) == ["INFO", "INFO", "INFO", "INFO"])
    #expect(entries.map(\.creditDebit) == [.credit, .credit, .debit, .credit])
  }

  @Test("amounts follow the currency's decimals: none for JPY, three for KWD")
  func currencyDecimals() throws {
    let yen = Fixture.file(currency: "JPY", summary: "010,1500,,", details: [], total: 1500)
    #expect(try Fixture.read(yen).first?.openingBalance?.amount == "1500")
    let dinar = Fixture.file(currency: "KWD", summary: "010,-1500,,", details: [], total: -1500)
    let balance = try #require(try Fixture.read(dinar).first?.openingBalance)
    #expect(balance.amount == "1.500" && balance.creditDebit == .debit && balance.currency == "KWD")
  }

  @Test("recognises BAI2 by its 01 file header")
  func recognition() {
    #expect(BAI2Reader.recognises(Data(Fixture.basic.joined(separator: "\n").utf8)))
    #expect(BAI2Reader.recognises(Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("01,X".utf8))))
    #expect(!BAI2Reader.recognises(Data("00,0004,1/2/345".utf8)))
    #expect(!BAI2Reader.recognises(Data(":20:STARTUMS".utf8)))
    #expect(!BAI2Reader.recognises(Data()))
  }
}
