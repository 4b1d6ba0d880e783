import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CamtCorpusFiguresTests {
  @Test(
    "each corpus camt file gives the statements, entries, details, totals and balances counted",
    arguments: CamtCorpusFigures.all)
  func figures(_ expected: CamtCorpusFigures) throws {
    let statements = try Corpus.camtStatements("bank/" + expected.file)
    let entries = statements.flatMap(\.entries)
    #expect(statements.count == expected.statements)
    #expect(entries.count == expected.entries)
    #expect(entries.flatMap(\.transactions).count == expected.details)
    #expect(total(entries, .credit) == Decimal(string: expected.credits))
    #expect(total(entries, .debit) == Decimal(string: expected.debits))
    #expect(statements.map { describe($0.openingBalance) } == expected.opening)
    #expect(statements.map { describe($0.closingBalance) } == expected.closing)
  }

  @Test("the figures table covers every file in bank/camt052, camt053 and camt054")
  func everyFileCounted() {
    let files = ["camt052", "camt053", "camt054"].flatMap { folder in
      Corpus.files(in: "bank/\(folder)").map { "\(folder)/\($0)" }
    }
    #expect(Set(files) == Set(CamtCorpusFigures.all.map(\.file)))
    #expect(files.count == 23)
  }

  @Test(
    "where the sources say a statement balances, opening + credits − debits = closing as read",
    arguments: CamtCorpusFigures.all.filter(\.reconciles))
  func reconciles(_ expected: CamtCorpusFigures) throws {
    for statement in try Corpus.camtStatements("bank/" + expected.file) {
      let opening = try #require(signed(statement.openingBalance))
      let closing = try #require(signed(statement.closingBalance))
      let booked = statement.entries.filter { $0.status.code == "BOOK" }
      #expect(opening + total(booked, .credit) - total(booked, .debit) == closing)
    }
  }

  private func total(_ entries: [BankStatementEntry], _ direction: CreditDebit) -> Decimal {
    entries.filter { $0.creditDebit == direction }
      .compactMap { Decimal(string: $0.amount) }
      .reduce(0, +)
  }

  private func signed(_ balance: BankBalance?) -> Decimal? {
    guard let balance, let amount = Decimal(string: balance.amount) else { return nil }
    return balance.creditDebit == .credit ? amount : -amount
  }

  private func describe(_ balance: BankBalance?) -> String? {
    balance.map {
      "\($0.creditDebit.rawValue) \($0.amount) \($0.currency ?? "-") \($0.date ?? "-") \($0.type)"
    }
  }
}
