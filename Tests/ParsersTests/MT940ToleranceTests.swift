import Foundation
import Parsers
import Testing

/// What banks write a little off the standard is read, with a warning on the entry or the
/// statement, instead of refusing the file.
struct MT940ToleranceTests {
  @Test(
    "a :61: line without a transaction type is read with a warning, its references kept",
    arguments: [
      ("250301D12,50NONREF//B261119A1", "NONREF", "B261119A1"),
      ("250301D12,50//B261119A1", nil, "B261119A1"),
      ("250301D12,50", nil, nil),
      ("250301D12,50NOTPROVIDED", "NOTPROVIDED", nil),
      ("250301D12,50INV-2025-001", "INV-2025-001", nil),
    ] as [(String, String?, String?)])
  func noTransactionType(_ line: String, _ customer: String?, _ bank: String?) throws {
    let entry = try #require(try MT940Fixture.entry(":61:" + line))
    #expect(entry.amount == "12.50")
    #expect(entry.creditDebit == .debit)
    #expect(entry.transactionCode == nil)
    #expect(entry.customerReference == customer)
    #expect(entry.bankReference == bank)
    #expect(
      entry.warnings == [
        "the :61: booking line on line 5 has no transaction type (such as NTRF or NMSC) after "
          + "the amount: \"\(line)\"; it was read as a booking without one"
      ])
  }

  @Test("a line with its transaction type has no warning; a German GVC alone is the code")
  func typeAndGVC() throws {
    let typed = try #require(try MT940Fixture.entry(":61:250301D12,50NDDTNONREF"))
    #expect(typed.warnings.isEmpty)
    let untyped = try #require(
      try MT940Fixture.entry(":61:250301D12,50NONREF\n:86:105?00BASISLASTSCHRIFT?20Miete"))
    #expect(untyped.transactionCode == "105")
    #expect(untyped.warnings.count == 1)
  }

  @Test("a line broken after the amount is joined; a second line that is an account is not")
  func brokenAfterAmount() throws {
    let broken = try #require(try MT940Fixture.entry(":61:250301D12,50\nNDDTNONREF//B1"))
    #expect(broken.transactionCode == "NDDT")
    #expect(broken.bankReference == "B1")
    #expect(broken.warnings.isEmpty)
    let account = try #require(
      try MT940Fixture.entry(":61:250301D12,50\nNL70ABNA0987654321\n:86:/NAME/J. Jansen"))
    #expect(account.transactionCode == nil)
    #expect(account.transactions.first?.counterpartyAccount == "NL70ABNA0987654321")
    #expect(account.warnings.count == 1)
  }

  @Test(
    "a balance dated on a day its month does not have is the last day of that month, said so",
    arguments: [
      ("021131", "2002-11-30"), ("250230", "2025-02-28"), ("240231", "2024-02-29"),
      ("250431", "2025-04-30"),
    ])
  func monthEnd(_ written: String, _ read: String) throws {
    let text = MT940Fixture.statement(
      ":61:250301C100,00NTRFNONREF", closing: "C\(written)EUR1100,00")
    let statement = try #require(try MT940Fixture.read(text).first)
    #expect(statement.closingBalance?.date == read)
    #expect(statement.closingBalance?.amount == "1100.00")
    #expect(
      statement.warnings == [
        "the closing balance (:62F:) on line 6 is dated \(written), a day that does not exist; "
          + "it was read as \(read), the last day of that month"
      ])
    #expect(statement.entries.count == 1)
  }

  @Test("an opening balance on such a day is read the same way")
  func openingMonthEnd() throws {
    let text = MT940Fixture.statement("", opening: "C021131EUR1100,00")
    let statement = try #require(try MT940Fixture.read(text).first)
    #expect(statement.openingBalance?.date == "2002-11-30")
    #expect(statement.warnings.first?.hasPrefix("the opening balance (:60F:) on line 4") == true)
  }

  @Test(
    "blank lines before the first statement are skipped with a warning",
    arguments: [("\n", 1), ("\n\n\n", 3), ("\r\n\r\n", 2), ("  \n\t\n", 2)])
  func leadingBlankLines(_ blank: String, _ count: Int) throws {
    let text = blank + MT940Fixture.statement(":61:250301C100,00NTRFNONREF")
    #expect(MT940Reader.recognises(Data(text.utf8)))
    let statements = try MT940Fixture.read(text)
    #expect(statements.count == 1)
    #expect(statements[0].line == 1 + count)
    #expect(statements[0].entries.count == 1)
    let lines = count == 1 ? "1 blank line, which was" : "\(count) blank lines, which were"
    #expect(statements[0].warnings == ["the file starts with \(lines) skipped"])
  }

  @Test("a well-formed file has no warnings")
  func clean() throws {
    let statement = try #require(
      try MT940Fixture.read(MT940Fixture.statement(":61:250301C100,00NTRFNONREF")).first)
    #expect(statement.warnings.isEmpty)
    #expect(statement.entries.allSatisfy { $0.warnings.isEmpty })
  }
}
