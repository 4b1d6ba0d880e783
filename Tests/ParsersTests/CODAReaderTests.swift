import Foundation
import Parsers
import Testing

struct CODAReaderTests {
  typealias Fixture = CODAFixture

  @Test("a payment with a Belgian OGM gives a BBA structured reference, balances and dates")
  func structuredCommunication() throws {
    let records = Fixture.statement(
      [
        Fixture.movement("0001", amount: "000000000125500", communication: "1101090933755493"),
        Fixture.movement23(
          "0001", account: "BE71096123456769", name: "DUPONT BVBA", communication: "Factuur 17"),
      ], closing: "000000001125500", credit: "000000000125500")
    let statement = try #require(try Fixture.read(records).first)
    #expect(statement.format == "CODA 2")
    #expect(statement.account == "BE68539007547034" && statement.currency == "EUR")
    #expect(statement.bankID == "KREDBEBB")
    #expect(statement.sequenceNumber == "139" && statement.statementID == "138")
    #expect(statement.openingBalance?.amount == "1000.000")
    #expect(statement.openingBalance?.date == "2017-10-10")
    #expect(statement.closingBalance?.amount == "1125.500")
    let entry = try #require(statement.entries.first)
    #expect(entry.amount == "125.500" && entry.creditDebit == .credit && entry.currency == "EUR")
    #expect(entry.valueDate == "2017-10-11" && entry.bookingDate == "2017-10-11")
    #expect(entry.transactionCode == "00150000")
    #expect(entry.path == "statement 1, record 21 on line 3" && entry.line == 3)
    let payment = try #require(entry.transactions.first)
    #expect(payment.structuredReferences == ["090933755493"] && payment.referenceType == "BBA")
    #expect(payment.amount == nil, "a single movement states its amount on the entry only")
    #expect(payment.counterpartyAccount == "BE71096123456769")
    #expect(payment.counterpartyName == "DUPONT BVBA")
  }

  @Test("a globalised movement is one entry whose transactions are its details, counted once")
  func globalisedMovement() throws {
    let records = Fixture.statement(
      [
        Fixture.movement(
          "0001", sign: "1", amount: "000000000100000", code: "10107000",
          communication: "0COLLECTIVE TRANSFER 42", globalisation: "1"),
        Fixture.movement(
          "0001", detail: "0001", sign: "1", amount: "000000000060000",
          communication: "1101000003505158"),
        Fixture.movement23("0001", detail: "0001", account: "BE22313215646432", name: "SUPPLIER A"),
        Fixture.movement(
          "0001", detail: "0002", sign: "1", amount: "000000000040000",
          communication: "0INVOICE 2023-118"),
      ], closing: "000000000900000", debit: "000000000100000")
    let statement = try #require(try Fixture.read(records).first)
    #expect(statement.entries.count == 1)
    let entry = try #require(statement.entries.first)
    #expect(entry.amount == "100.000" && entry.creditDebit == .debit)
    #expect(entry.transactions.map(\.amount) == ["60.000", "40.000"])
    #expect(entry.transactions.map(\.currency) == ["EUR", "EUR"])
    #expect(entry.transactions[0].structuredReferences == ["000003505158"])
    #expect(entry.transactions[0].counterpartyName == "SUPPLIER A")
    #expect(entry.transactions[1].remittance == ["INVOICE 2023-118"])
    #expect(entry.information?.hasPrefix("COLLECTIVE TRANSFER 42") == true)
  }

  @Test("amounts have three decimals; sign 1 is a debit, also for an overdrawn balance")
  func signsAndDecimals() throws {
    var records = Fixture.statement(
      [
        Fixture.movement("0001", sign: "1", amount: "000000000000500"),
        Fixture.movement("0002", sign: "0", amount: "000000001234567"),
      ], opening: "000000000000000", closing: "000000001234067",
      debit: "000000000000500", credit: "000000001234567")
    records[1] = Fixture.oldBalance(sign: "1", amount: "000000000250000")
    let statement = try #require(try Fixture.read(records).first)
    #expect(statement.openingBalance?.amount == "250.000")
    #expect(statement.openingBalance?.creditDebit == .debit)
    #expect(statement.entries.map(\.amount) == ["0.500", "1234.567"])
    #expect(statement.entries.map(\.creditDebit) == [.debit, .credit])
  }

  @Test("each 0 … 9 group is a statement; CRLF and Windows-1252 names are read")
  func severalStatementsAndEncoding() throws {
    let one = Fixture.statement(
      [
        Fixture.movement("0001", amount: "000000000010000"),
        Fixture.movement23("0001", account: "BE71096123456769", name: "SOCIÉTÉ GÉNÉRALE"),
      ], closing: "000000001010000", credit: "000000000010000")
    let two = Fixture.statement([], closing: "000000001000000")
    let text = (one + two).joined(separator: "\r\n") + "\r\n"
    let latin1 = try #require(text.data(using: .windowsCP1252))
    let statements = try CODAReader.read(latin1, file: "two.cod")
    #expect(statements.count == 2)
    #expect(statements.map(\.path) == ["statement 1 (CODA 138)", "statement 2 (CODA 138)"])
    #expect(statements[1].line == 7 && statements[1].entries.isEmpty)
    #expect(statements[0].entries.first?.transactions.first?.counterpartyName == "SOCIÉTÉ GÉNÉRALE")
    let utf8 = try CODAReader.read(Data(text.utf8), file: "two.cod")
    #expect(utf8 == statements)
  }

  @Test("recognises CODA by its 128-character 0000 header with application code 05")
  func recognition() {
    let coda = Data(Fixture.statement([], closing: "000000001000000").joined(separator: "\n").utf8)
    #expect(CODAReader.recognises(coda))
    #expect(!CODAReader.recognises(Data("01,0004,12345,060321,0829,001,80,1,2/\n".utf8)))
    #expect(!CODAReader.recognises(Data("<?xml version=\"1.0\"?><Document/>".utf8)))
    #expect(!CODAReader.recognises(Data(String(repeating: "0", count: 127).utf8)))
    #expect(!CODAReader.recognises(Data()))
  }
}
