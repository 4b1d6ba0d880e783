import Foundation
import Parsers
import Testing

struct MT940ReaderErrorTests {
  /// A broken file and what the reader must say about it.
  struct Broken: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let code: ParseError.Code
    let line: Int?
    let element: String?
    let message: String
    var testDescription: String { name }
  }

  static let broken: [Broken] = [
    Broken(
      name: "no debit/credit mark", text: MT940Fixture.statement(":61:250301X100,00NTRFNONREF"),
      code: .malformedStatementLine, line: 5, element: "statement 1, :61: on line 5",
      message: "the :61: booking line on line 5 has no debit/credit mark (C, D, RC or RD) after "
        + "the date: \"250301X100,00NTRFNONREF\""),
    Broken(
      name: "no amount", text: MT940Fixture.statement(":61:250301DNTRFNONREF"),
      code: .malformedStatementLine, line: 5, element: "statement 1, :61: on line 5",
      message: "the :61: booking line on line 5 has no amount after the debit/credit mark"),
    Broken(
      name: "no value date", text: MT940Fixture.statement(":61:D1,00NTRFNONREF"),
      code: .malformedStatementLine, line: 5, element: "statement 1, :61: on line 5",
      message: "the :61: booking line on line 5 does not start with the value date"),
    Broken(
      name: "month 13", text: MT940Fixture.statement(":61:251301D1,00NTRFNONREF"),
      code: .invalidStatementDate, line: 5, element: "statement 1, :61: on line 5",
      message: "the value date 251301 of the :61: line on line 5 is not a date"),
    Broken(
      name: "29 February next to a year without one",
      text: MT940Fixture.statement(":61:2502280229D1,00NTRFNONREF"),
      code: .invalidStatementDate, line: 5, element: "statement 1, :61: on line 5",
      message: "the entry date 0229 of the :61: line on line 5 is not a date"),
    Broken(
      name: "opening balance without amount",
      text: MT940Fixture.statement("", opening: "C250301EUR"),
      code: .malformedStatementLine, line: 4, element: "statement 1, :60F: on line 4",
      message: "the opening balance (:60F:) on line 4 cannot be read: \"C250301EUR\""),
    Broken(
      name: "closing balance on day 32",
      text: MT940Fixture.statement("", closing: "C250432EUR1,00"),
      code: .invalidStatementDate, line: 6, element: "statement 1, :62F: on line 6",
      message: "the date 250432 of the closing balance (:62F:) on line 6 is not a date"),
    Broken(
      name: "opening balance in month 13",
      text: MT940Fixture.statement("", opening: "C251301EUR1,00"),
      code: .invalidStatementDate, line: 4, element: "statement 1, :60F: on line 4",
      message: "the date 251301 of the opening balance (:60F:) on line 4 is not a date"),
    Broken(
      name: "no :25: account",
      text: MT940Fixture.statement(":61:250301C1,00NTRFNONREF").replacingOccurrences(
        of: ":25:NL91ABNA0417164300\n", with: ""),
      code: .missingStatementField, line: 1, element: "statement 1 (:20: STMT-0301)",
      message: "statement 1 (:20: STMT-0301), which starts on line 1, has no account (:25:)"),
    Broken(
      name: "no :60F: opening balance",
      text: MT940Fixture.statement("").replacingOccurrences(
        of: ":60F:C250228EUR1000,00\n", with: ""),
      code: .missingStatementField, line: 1, element: "statement 1 (:20: STMT-0301)",
      message: "statement 1 (:20: STMT-0301, line 1) has no opening balance (:60F:)"),
    Broken(
      name: "no :20: at all", text: ":25:NL91ABNA0417164300\n:60F:C250301EUR1,00\n",
      code: .unknownStatementFormat, line: 1, element: nil,
      message: "the file has no :20: line, so it is not an MT940 or MT942 bank statement"),
    Broken(
      name: "empty file", text: "\n\n", code: .unknownStatementFormat, line: nil, element: nil,
      message: "the file is empty"),
  ]

  @Test(
    "a broken file is refused with the code, line and statement of the problem", arguments: broken)
  func refused(_ broken: Broken) {
    let error = #expect(throws: ParseError.self) {
      try MT940Fixture.read(broken.text, file: "march.sta")
    }
    #expect(error?.code == broken.code)
    #expect(error?.file == "march.sta")
    #expect(error?.line == broken.line)
    #expect(error?.element == broken.element)
    #expect(error?.message.hasPrefix(broken.message) == true, "\(error?.message ?? "")")
    #expect(error?.fix.isEmpty == false)
  }

  @Test("the error reads as one line a bookkeeper can act on")
  func description() {
    let error = #expect(throws: ParseError.self) {
      try MT940Fixture.read(MT940Fixture.statement(":61:250301X1,00NTRF"), file: "march.sta")
    }
    #expect(
      error?.description.hasPrefix(
        "march.sta:5 (statement 1, :61: on line 5): the :61: booking line on line 5 has no "
          + "debit/credit mark") == true)
    #expect(error?.description.contains("Fix: ask the bank for a corrected statement file") == true)
  }
}
