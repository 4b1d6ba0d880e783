import Foundation
import Parsers

/// Builds CODA 2 records field by field at the Febelfin positions (1-based), so each test
/// states only what it is about.
enum CODAFixture {
  /// A 128-character record with `fields` placed at their start positions.
  static func record(_ fields: [Int: String]) -> String {
    var characters = Array(repeating: Character(" "), count: 128)
    for (start, value) in fields {
      for (offset, character) in value.enumerated() { characters[start - 1 + offset] = character }
    }
    return String(characters)
  }

  static func header(date: String = "111017", bic: String = "KREDBEBB", version: String = "2")
    -> String
  {
    record([1: "00000", 6: date, 12: "725", 15: "05", 35: "ARFLOW NV", 61: bic, 128: version])
  }

  /// Record 1 for a Belgian IBAN account (structure 2).
  static func oldBalance(
    sign: String = "0", amount: String = "000000001000000", date: String = "101017",
    iban: String = "BE68539007547034", paper: String = "139", coda: String = "138"
  ) -> String {
    record([
      1: "12", 3: paper, 6: iban, 40: "EUR", 43: sign, 44: amount, 59: date, 65: "ARFLOW NV",
      126: coda,
    ])
  }

  static func newBalance(sign: String = "0", amount: String, date: String = "111017") -> String {
    record([1: "8139", 5: "BE68539007547034", 39: "EUR", 42: sign, 43: amount, 58: date])
  }

  /// Record 2.1; `communication` starts at position 62 (flag, then type and text).
  static func movement(
    _ sequence: String, detail: String = "0000", reference: String = "BANKREF000000000001",
    sign: String = "0", amount: String, valueDate: String = "111017", code: String = "00150000",
    communication: String = "0", entryDate: String = "111017", globalisation: String = "0"
  ) -> String {
    record([
      1: "21" + sequence + detail, 11: reference, 32: sign, 33: amount, 48: valueDate, 54: code,
      62: communication, 116: entryDate, 122: "139", 125: globalisation,
    ])
  }

  /// Record 2.2: more communication, customer reference, BIC, R-transaction type and reason.
  static func movement22(
    _ sequence: String, detail: String = "0000", communication: String = "",
    customerReference: String = "", bic: String = "", rType: String = "", reason: String = ""
  ) -> String {
    record([
      1: "22" + sequence + detail, 11: communication, 64: customerReference, 99: bic, 113: rType,
      114: reason,
    ])
  }

  /// Record 2.3: counterparty account (37 characters), name (35) and communication (43).
  static func movement23(
    _ sequence: String, detail: String = "0000", account: String, name: String,
    communication: String = ""
  ) -> String {
    record([1: "23" + sequence + detail, 11: account, 48: name, 83: communication])
  }

  /// Record 3.1; `structuredType` nil for free text.
  static func information(
    _ sequence: String, detail: String = "0001", structuredType: String? = nil, text: String
  ) -> String {
    let communication = structuredType.map { "1" + $0 + text } ?? "0" + text
    return record([
      1: "31" + sequence + detail, 11: "BANKREF000000000001", 32: "00150000", 40: communication,
    ])
  }

  /// Record 9 with the given counts, or the ones of `records` when nil.
  static func trailer(records: Int, debit: String, credit: String) -> String {
    record([1: "9", 17: String(format: "%06d", records), 23: debit, 38: credit, 128: "2"])
  }

  /// A whole statement: header, old balance, `body`, new balance and a trailer with `records`
  /// counted from the body.
  static func statement(
    _ body: [String], opening: String = "000000001000000", closing: String,
    debit: String = "000000000000000", credit: String = "000000000000000"
  ) -> [String] {
    [header(), oldBalance(amount: opening)] + body + [
      newBalance(amount: closing), trailer(records: body.count + 2, debit: debit, credit: credit),
    ]
  }

  static func read(_ records: [String], lineEnding: String = "\n") throws(ParseError)
    -> [BankStatement]
  {
    try CODAReader.read(Data(records.joined(separator: lineEnding).utf8), file: "day.cod")
  }
}

extension String {
  /// The string padded with spaces (or cut) to `length` characters.
  func padding(_ length: Int) -> String {
    padding(toLength: length, withPad: " ", startingAt: 0)
  }
}
