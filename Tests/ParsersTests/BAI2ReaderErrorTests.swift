import Foundation
import Parsers
import Testing

struct BAI2ReaderErrorTests {
  typealias Fixture = BAI2Fixture

  /// A BAI2 file broken one way, and where and how the reader must refuse it.
  struct Broken: Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [String]
    let code: ParseError.Code
    let line: Int
    let message: String
    var element: String?
    var testDescription: String { name }
  }

  static func replacing(_ index: Int, with line: String) -> [String] {
    var lines = Fixture.basic
    lines[index] = line
    return lines
  }

  static let broken: [Broken] = [
    Broken(
      name: "account control total off by one cent", lines: replacing(6, with: "49,462501,5/"),
      code: .malformedStatementLine, line: 7,
      message: "BAI2 record 49 on line 7: the account trailer says group 1, account 1 (account "
        + "1234567) adds up to 4625.01 over 5 records, but its balances and transactions add "
        + "up to 4625.00 over 5 records", element: "group 1, account 1"),
    Broken(
      name: "account record count", lines: replacing(6, with: "49,462500,6/"),
      code: .malformedStatementLine, line: 7,
      message: "BAI2 record 49 on line 7: the account trailer says group 1, account 1 (account "
        + "1234567) adds up to 4625.00 over 6 records"),
    Broken(
      name: "group trailer counts two accounts", lines: replacing(7, with: "98,462500,2,7/"),
      code: .malformedStatementLine, line: 8,
      message: "BAI2 record 98 on line 8: the group trailer says group 1 has 2 accounts and 7 "
        + "records with a control total of 462500, but it holds 1 account and 7 records",
      element: "group 1"),
    Broken(
      name: "file trailer record count", lines: replacing(8, with: "99,462500,1,10/"),
      code: .malformedStatementLine, line: 9,
      message: "BAI2 record 99 on line 9: the file trailer says the file has 1 group and 10 "
        + "records"),
    Broken(
      name: "no file header", lines: Array(Fixture.basic.dropFirst()),
      code: .unknownStatementFormat, line: 1,
      message: "the file does not start with a BAI2 file header record \"01,\""),
    Broken(
      name: "no file trailer", lines: Array(Fixture.basic.dropLast()),
      code: .missingStatementField, line: 8,
      message: "the file ends on line 8 without its file trailer record 99"),
    Broken(
      name: "no account trailer",
      lines: Fixture.basic.enumerated().filter { $0.offset != 6 }.map(\.element),
      code: .missingStatementField, line: 7,
      message: "BAI2 record 98 on line 7: the record comes before the account trailer 49"),
    Broken(
      name: "a detail before any account", lines: replacing(2, with: "16,195,100,0,,,X/"),
      code: .malformedStatementLine, line: 3,
      message: "BAI2 record 16 on line 3: the record is not where the BAI2 file structure allows it"
    ),
    Broken(
      name: "unknown funds type", lines: replacing(4, with: "16,142,10000,X,BR2,,ACH CREDIT/"),
      code: .malformedStatementLine, line: 5,
      message: "BAI2 record 16 on line 5: the funds type is \"X\"",
      element: "group 1, account 1, 16 on line 5"),
    Broken(
      name: "funds type D with too few pairs", lines: replacing(4, with: "16,142,10000,D,3,0,100/"),
      code: .malformedStatementLine, line: 5,
      message: "BAI2 record 16 on line 5: the funds type D is missing fields"),
    Broken(
      name: "a negative detail amount", lines: replacing(4, with: "16,142,-10000,0,BR2,,ACH/"),
      code: .malformedStatementLine, line: 5,
      message: "BAI2 record 16 on line 5: the amount \"-10000\" is not a whole number"),
    Broken(
      name: "a balance code in a detail", lines: replacing(4, with: "16,015,10000,0,,,X/"),
      code: .malformedStatementLine, line: 5,
      message: "BAI2 record 16 on line 5: \"015\" is not a transaction type code"),
    Broken(
      name: "an as-of date that is no date",
      lines: replacing(1, with: "02,ARFLOW,026009593,1,231301,2400,USD,2/"),
      code: .invalidStatementDate, line: 2,
      message: "BAI2 record 02 on line 2: the as-of date \"231301\" is not a date"),
    Broken(
      name: "a value date that is no date",
      lines: replacing(5, with: "16,475,12500,V,230230,0930,BR3,CHK 1001,CHECK PAID/"),
      code: .invalidStatementDate, line: 6,
      message: "BAI2 record 16 on line 6: the value date \"230230\" after funds type V"),
    Broken(
      name: "a stray line after a closed record", lines: replacing(4, with: "ACH CREDIT/"),
      code: .malformedStatementLine, line: 5,
      message: "line 5 does not start with a BAI2 record code"),
  ]

  @Test("a damaged BAI2 file is refused at the record that is wrong", arguments: broken)
  func refused(_ broken: Broken) {
    #expect(throws: Never.self) { try Fixture.read(Fixture.basic) }
    let error = #expect(throws: ParseError.self) { try Fixture.read(broken.lines) }
    #expect(error?.code == broken.code)
    #expect(error?.file == "bank.bai")
    #expect(error?.line == broken.line)
    #expect(error?.message.hasPrefix(broken.message) == true, "\(error?.message ?? "")")
    if let element = broken.element { #expect(error?.element == element) }
    #expect(error?.fix.isEmpty == false)
  }
}
