import Foundation
import Parsers
import Testing

struct CODACommunicationTests {
  typealias Fixture = CODAFixture

  @Test("free communication wrapped over 2.1, 2.2 and 2.3 is joined where the bank cut it")
  func wrappedCommunication() throws {
    let text = String(repeating: "x", count: 47) + " INVOI"  // all 53 characters of 2.1
    let records = Fixture.statement(
      [
        Fixture.movement("0001", amount: "000000000010000", communication: "0" + text),
        Fixture.movement22(
          "0001", communication: "CE 2023/0815 PAID", customerReference: "E2E-4711", bic: "GEBABEBB"
        ),
        Fixture.movement23(
          "0001", account: "735002891416 EUR", name: "KLANT", communication: "BY CARD"),
      ], closing: "000000001010000", credit: "000000000010000")
    let payment = try #require(try Fixture.read(records).first?.entries.first?.transactions.first)
    #expect(
      payment.remittance == [String(repeating: "x", count: 47) + " INVOICE 2023/0815 PAID BY CARD"])
    #expect(payment.endToEndID == "E2E-4711" && payment.counterpartyBankID == "GEBABEBB")
    #expect(payment.counterpartyAccount == "735002891416", "a Belgian 12-digit account")
  }

  @Test("a SEPA direct debit (127) gives mandate, remittance and R-transaction reason")
  func sepaDirectDebit() throws {
    let content = Array(
      "111017" + "0" + "0" + "0" + "BE00ZZZ0123456789".padding(35) + "MANDATE-77".padding(35)
        + "ENERGY BILL 2023-10".padding(62) + "2" + "MD06")
    let records = Fixture.statement(
      [
        Fixture.movement(
          "0001", sign: "1", amount: "000000000020000", code: "00501000",
          communication: "1127" + String(content[0..<50])),
        Fixture.movement22("0001", communication: String(content[50..<103])),
        Fixture.movement23(
          "0001", account: "BE71096123456769", name: "ENERGY SUPPLIER NV",
          communication: String(content[103..<146])),
      ], closing: "000000000980000", debit: "000000000020000")
    let debit = try #require(try Fixture.read(records).first?.entries.first?.transactions.first)
    #expect(debit.mandateID == "MANDATE-77")
    #expect(debit.remittance == ["ENERGY BILL 2023-10"])
    #expect(debit.returnReason == "MD06")
    #expect(debit.counterpartyName == "ENERGY SUPPLIER NV")
  }

  @Test("information records: 001 names the counterparty, free text cut mid-word is joined")
  func informationRecords() throws {
    let longText = String(repeating: "A", count: 65) + " LONG TE"  // exactly 73 characters
    let records = Fixture.statement(
      [
        Fixture.movement("0001", amount: "000000000001000"),
        Fixture.movement22("0001", reason: "AC04"),
        Fixture.information("0001", structuredType: "001", text: "KLANT ZONDER 23"),
        Fixture.information("0001", detail: "0002", text: longText),
        Fixture.information("0001", detail: "0003", text: "XT"),
      ], closing: "000000001001000", credit: "000000000001000")
    let payment = try #require(try Fixture.read(records).first?.entries.first?.transactions.first)
    #expect(payment.counterpartyName == "KLANT ZONDER 23")
    #expect(payment.remittance == [String(repeating: "A", count: 65) + " LONG TEXT"])
    #expect(payment.returnReason == "AC04")
  }
}
