import Foundation
import Parsers
import Testing

struct CODAReaderErrorTests {
  typealias Fixture = CODAFixture

  /// A good one-movement statement: header, 1, 2.1, 8, 9 on lines 1–5.
  static let good = Fixture.statement(
    [Fixture.movement("0001", amount: "000000000010000")], closing: "000000001010000",
    credit: "000000000010000")

  /// A statement broken one way, and where and how the reader must refuse it.
  struct Broken: Sendable, CustomTestStringConvertible {
    let name: String
    let records: [String]
    let code: ParseError.Code
    let line: Int
    let message: String
    var testDescription: String { name }
  }

  static func replacing(_ index: Int, with record: String) -> [String] {
    var records = good
    records[index] = record
    return records
  }

  static let broken: [Broken] = [
    Broken(
      name: "a record one character short", records: replacing(2, with: String(good[2].dropLast())),
      code: .malformedStatementLine, line: 3,
      message: "CODA record 21 on line 3 is 127 characters long; every CODA record has "
        + "exactly 128"),
    Broken(
      name: "trailer sums disagree",
      records: replacing(
        4, with: Fixture.trailer(records: 3, debit: "000000000000000", credit: "000000000020000")),
      code: .malformedStatementLine, line: 5,
      message: "CODA record 9 on line 5: the trailer says statement 1 has 3 records, debits of "
        + "0.000 and credits of 20.000, but it holds 3 records, debits of 0.000 and credits of "
        + "10.000"),
    Broken(
      name: "trailer record count disagrees",
      records: replacing(
        4, with: Fixture.trailer(records: 4, debit: "000000000000000", credit: "000000000010000")),
      code: .malformedStatementLine, line: 5,
      message: "CODA record 9 on line 5: the trailer says statement 1 has 4 records"),
    Broken(
      name: "a value date that is no date",
      records: replacing(
        2, with: Fixture.movement("0001", amount: "000000000010000", valueDate: "311317")),
      code: .invalidStatementDate, line: 3,
      message: "CODA record 21 on line 3: the value date in positions 48–53 is \"311317\""),
    Broken(
      name: "an amount with a letter",
      records: replacing(2, with: Fixture.movement("0001", amount: "00000000001000O")),
      code: .malformedStatementLine, line: 3,
      message: "CODA record 21 on line 3: the amount in positions 33–47 is \"00000000001000O\""),
    Broken(
      name: "a movement sign 2",
      records: replacing(2, with: Fixture.movement("0001", sign: "2", amount: "000000000010000")),
      code: .malformedStatementLine, line: 3,
      message: "CODA record 21 on line 3: the movement sign in position 32 is \"2\""),
    Broken(
      name: "a 2.2 of another movement",
      records: Array(good[0..<3]) + [Fixture.movement22("0002")] + Array(good[3...]),
      code: .malformedStatementLine, line: 4,
      message: "CODA record 22 on line 4: the record belongs to movement 0002/0000"),
    Broken(
      name: "no trailer", records: Array(good.dropLast()), code: .missingStatementField, line: 4,
      message: "statement 1 is not closed by a trailer record 9 before line 4"),
    Broken(
      name: "no old balance", records: good.enumerated().filter { $0.offset != 1 }.map(\.element),
      code: .missingStatementField, line: 1,
      message: "CODA record 0 on line 1: statement 1 has no old balance record 1"),
    Broken(
      name: "CODA version 1", records: replacing(0, with: Fixture.header(version: "1")),
      code: .unknownStatementFormat, line: 1,
      message: "CODA record 0 on line 1: the file is CODA version \"1\""),
    Broken(
      name: "no header", records: Array(good.dropFirst()), code: .unknownStatementFormat, line: 1,
      message: "CODA record 1 on line 1: a CODA statement starts with a header record 0"),
  ]

  @Test("a damaged CODA file is refused at the record that is wrong", arguments: broken)
  func refused(_ broken: Broken) {
    #expect(throws: Never.self) { try Fixture.read(Self.good) }
    let error = #expect(throws: ParseError.self) { try Fixture.read(broken.records) }
    #expect(error?.code == broken.code)
    #expect(error?.file == "day.cod")
    #expect(error?.line == broken.line)
    #expect(error?.message.hasPrefix(broken.message) == true, "\(error?.message ?? "")")
    #expect(error?.fix.isEmpty == false)
  }

  @Test("a wrong record length names the statement, record and line as its element")
  func lengthIsLocated() {
    let error = #expect(throws: ParseError.self) {
      try Fixture.read(Self.replacing(2, with: Self.good[2] + "X"))
    }
    #expect(error?.element == "statement 1, record 21 on line 3")
    #expect(error?.fix.contains("trims trailing spaces") == true)
  }

  @Test("spaces after the 128th character and a DOS end-of-file mark are tolerated")
  func padding() throws {
    let padded = Self.good.map { $0 + "   " } + ["\u{1A}"]
    #expect(try Fixture.read(padded, lineEnding: "\r\n") == Fixture.read(Self.good))
  }

  @Test("an empty file is not a CODA statement")
  func emptyFile() {
    let error = #expect(throws: ParseError.self) { try CODAReader.read(Data(), file: "x.cod") }
    #expect(error?.code == .unknownStatementFormat && error?.line == 1)
  }
}
