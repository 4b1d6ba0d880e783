import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct MT940CorpusTests {
  static func statements(_ path: String) throws -> [BankStatement] {
    try MT940Reader.read(Corpus.bytes(path), file: (path as NSString).lastPathComponent)
  }

  static func amount(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

  static func signed(_ balance: BankBalance?) -> Decimal? {
    balance.map { $0.creditDebit == .credit ? amount($0.amount) : -amount($0.amount) }
  }

  static func sum(_ entries: [BankStatementEntry], _ direction: CreditDebit) -> Decimal {
    entries.filter { $0.creditDebit == direction }.reduce(0) { $0 + amount($1.amount) }
  }

  @Test("every MT940/MT942 file in the corpus is in the table")
  func everyFileListed() {
    let files =
      Corpus.files(in: "bank/mt940").map { "bank/mt940/\($0)" }
      + Corpus.files(in: "bank/mt942").map { "bank/mt942/\($0)" }
    #expect(files == MT940CorpusFile.all.map(\.path))
  }

  @Test(
    "each corpus file: statements, bookings, credit and debit sums, opening and closing",
    arguments: MT940CorpusFile.all)
  func figures(_ file: MT940CorpusFile) throws {
    let data = try Corpus.bytes(file.path)
    #expect(MT940Reader.recognises(data))
    let statements = try Self.statements(file.path)
    let entries = statements.flatMap(\.entries)
    #expect(statements.count == file.statements)
    #expect(entries.count == file.entries)
    #expect(Self.sum(entries, .credit) == Self.amount(file.credits))
    #expect(Self.sum(entries, .debit) == Self.amount(file.debits))
    #expect(Self.signed(statements.first?.openingBalance) == file.opening.map(Self.amount))
    #expect(Self.signed(statements.last?.closingBalance) == file.closing.map(Self.amount))
    let interim = file.path.hasPrefix("bank/mt942/")
    #expect(statements.allSatisfy { $0.format == (interim ? "MT942" : "MT940") })
    #expect(entries.allSatisfy { $0.status.code == (interim ? "PDNG" : "BOOK") })
  }

  @Test(
    "opening + credits − debits = closing, except the statements the table names",
    arguments: MT940CorpusFile.all.filter { $0.path.hasPrefix("bank/mt940/") })
  func reconciliation(_ file: MT940CorpusFile) throws {
    var unreconciled: [Int] = []
    for (index, statement) in try Self.statements(file.path).enumerated() {
      guard let opening = Self.signed(statement.openingBalance),
        let closing = Self.signed(statement.closingBalance)
      else {
        unreconciled.append(index + 1)
        continue
      }
      let moved = Self.sum(statement.entries, .credit) - Self.sum(statement.entries, .debit)
      if opening + moved != closing { unreconciled.append(index + 1) }
    }
    #expect(unreconciled == file.unreconciled)
  }
}
