import Foundation
import Parsers

/// Small MT940/MT942 files written for these tests (not taken from any bank).
enum MT940Fixture {
  /// A statement with the usual header and balances around `body` (`:61:`/`:86:` lines).
  static func statement(
    _ body: String, reference: String = "STMT-0301", account: String = "NL91ABNA0417164300",
    opening: String = "C250228EUR1000,00", closing: String = "C250301EUR1100,00"
  ) -> String {
    """
    :20:\(reference)
    :25:\(account)
    :28C:12/1
    :60F:\(opening)
    \(body)
    :62F:\(closing)
    -
    """
  }

  /// The statements of `text` read as a UTF-8 file.
  static func read(_ text: String, file: String = "statement.sta") throws -> [BankStatement] {
    try MT940Reader.read(Data(text.utf8), file: file)
  }

  /// The only entry of a statement around `body`.
  static func entry(_ body: String) throws -> BankStatementEntry? {
    try read(statement(body)).first?.entries.first
  }

  /// The detail the `:86:` of a booking line with `narrative` reads into.
  static func detail(
    _ narrative: String, line: String = ":61:2503010301C100,00NTRFNONREF"
  ) throws -> BankTransactionDetail? {
    try entry(line + "\n:86:" + narrative)?.transactions.first
  }
}
