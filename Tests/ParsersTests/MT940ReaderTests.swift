import Foundation
import Parsers
import Testing

struct MT940ReaderTests {
  @Test("a plain statement gives its id, account, sequence, balances, currency and bookings")
  func plainStatement() throws {
    let statements = try MT940Fixture.read(
      MT940Fixture.statement(":61:2503010301C100,00NTRFINV-2025-001//BANK0001\n:86:Invoice 1"))
    let statement = try #require(statements.first)
    #expect(statements.count == 1)
    #expect(statement.format == "MT940")
    #expect(statement.statementID == "STMT-0301")
    #expect(statement.account == "NL91ABNA0417164300")
    #expect(statement.bankID == nil)
    #expect(statement.sequenceNumber == "12/1")
    #expect(statement.currency == "EUR")
    #expect(
      statement.openingBalance
        == BankBalance(
          amount: "1000.00", creditDebit: .credit, currency: "EUR", date: "2025-02-28",
          type: "60F"))
    #expect(statement.closingBalance?.amount == "1100.00")
    #expect(statement.closingBalance?.date == "2025-03-01")
    #expect(statement.line == 1)
    #expect(statement.path == "statement 1 (:20: STMT-0301)")
    let entry = try #require(statement.entries.first)
    #expect(entry.amount == "100.00" && entry.currency == "EUR" && entry.creditDebit == .credit)
    #expect(entry.status.code == "BOOK")
    #expect(entry.line == 5)
    #expect(entry.path == "statement 1, :61: on line 5")
    #expect(entry.transactions.first?.path == "statement 1, :61: on line 5 :86:")
    #expect(entry.transactions.first?.line == 6)
    #expect(entry.information == "Invoice 1")
  }

  @Test("statements in SWIFT envelopes are read one per {4: block, header and trailer skipped")
  func envelopes() throws {
    let text = """
      {1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{3:}{4:
      :20:FIRST
      :25:NL91ABNA0417164300
      :28C:1/1
      :60F:C250301EUR10,00
      :62F:C250301EUR10,00
      -}{5:}
      {1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{3:}{4:
      :20:SECOND
      :25:NL91ABNA0417164300
      :28C:2/1
      :60F:C250302EUR10,00
      :61:250302D2,50NMSCNONREF
      :62F:C250302EUR7,50
      -}{5:}
      """
    let statements = try MT940Fixture.read(text)
    #expect(statements.map(\.statementID) == ["FIRST", "SECOND"])
    #expect(statements.map(\.entries.count) == [0, 1])
    #expect(statements[1].line == 9)
    #expect(statements[1].path == "statement 2 (:20: SECOND)")
  }

  @Test("two statements split by a new :20: alone, and bank header lines before them skipped")
  func statementsWithoutSeparator() throws {
    let first = MT940Fixture.statement(":61:250301C1,00NTRFNONREF", reference: "A")
    let second = MT940Fixture.statement(":61:250302D2,00NTRFNONREF", reference: "B")
    let text =
      "ABNANL2A\n940\nABNANL2A\n" + first.replacingOccurrences(of: "\n-", with: "")
      + "\n" + second
    let statements = try MT940Fixture.read(text)
    #expect(statements.map(\.statementID) == ["A", "B"])
    #expect(statements.map { $0.entries.map(\.amount) } == [["1.00"], ["2.00"]])
    #expect(statements[1].entries.first?.line == 14)
  }

  @Test("CRLF and CR line ends, a byte-order mark and blank lines read the same as LF")
  func lineEnds() throws {
    let text = MT940Fixture.statement(":61:250301C1,00NTRFNONREF\n:86:Rent\nMarch")
    let plain = try MT940Fixture.read(text)
    for variant in [
      "\u{FEFF}\n\n" + text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n",
      text.replacingOccurrences(of: "\n", with: "\r"),
    ] {
      let statements = try MT940Fixture.read(variant)
      #expect(statements.first?.entries.first?.information == "Rent\nMarch")
      #expect(statements.first?.entries.map(\.amount) == plain.first?.entries.map(\.amount))
    }
  }

  @Test("a Latin-1 file keeps its umlauts; a UTF-8 one its own")
  func latin1() throws {
    let text = MT940Fixture.statement(
      ":61:250301C1,00NTRFNONREF\n:86:166?00GUTSCHRIFT?20SVWZ+Miete März?32Jürgen Müller")
    let latin1 = try #require(text.data(using: .isoLatin1))
    #expect(latin1.count == text.utf8.count - 3)
    for bytes in [latin1, Data(text.utf8)] {
      let detail = try MT940Reader.read(bytes, file: "x.sta").first?.entries.first?.transactions
        .first
      #expect(detail?.counterpartyName == "Jürgen Müller")
      #expect(detail?.remittance == ["Miete März"])
    }
  }

  @Test("an MT942 interim report: no balances, currency from :34F:, its bookings pending")
  func interimReport() throws {
    let text = """
      :20:INTRADAY-1
      :25:DE89370400440532013000
      :28C:5/2
      :34F:EURD0,
      :13D:2503011015+0100
      :61:250301C250,00NTRFNONREF
      :86:166?00GUTSCHRIFT?20SVWZ+RE 4711
      :90D:0EUR0,00
      :90C:1EUR250,00
      -
      """
    let statement = try #require(try MT940Fixture.read(text).first)
    #expect(statement.format == "MT942")
    #expect(statement.openingBalance == nil && statement.closingBalance == nil)
    #expect(statement.currency == "EUR")
    #expect(statement.entries.map(\.status.code) == ["PDNG"])
    #expect(statement.entries.first?.transactionCode == "NTRF 166")
  }

  @Test("a :20: with nothing after it at the end of a file gives no statement")
  func bareReference() throws {
    let text = MT940Fixture.statement(":61:250301C1,00NTRFNONREF") + "\n:20:CUT-OFF\n"
    #expect(try MT940Fixture.read(text).count == 1)
  }

  @Test(
    "recognises MT940/MT942 by a :20: near the start, and nothing else",
    arguments: [
      (":20:X\n:25:1\n", true), ("\u{FEFF}\n\n:20:X\n", true), ("ABNANL2A\n940\n:20:X\n", true),
      ("{1:F01X}{2:O940X}{4:\n:20:X\n", true), ("{1:F01X}{2:O940X}{4::20:X\n", true),
      ("<?xml version=\"1.0\"?><Document/>", false), ("date;amount\n2025-03-01;1,00\n", false),
      ("0000001234567890", false), ("", false),
    ])
  func recognition(_ text: String, _ expected: Bool) {
    #expect(MT940Reader.recognises(Data(text.utf8)) == expected)
  }
}
