import Foundation
import Testing

@testable import Parsers

/// Every BAI2 file of the corpus with the figures read independently of `BAI2Reader`: a
/// Python script that joins bare lines to the record before them, cuts records at `/`
/// before a record code, merges `88` records, sums 16 amounts by type-code range (100–399
/// credit, 400–699 debit) and takes 010/015 from the 03 fields (amounts / 100), and that
/// recomputes every 49 control total and record count. `SOURCES.md` says sample1 is CAD with
/// 88 continuations and sample3 has several accounts; sample1's 98/99 and sample3's
/// 49/98/99 agree with the records, sample4's 49 records do not (the moov-io fixture was
/// edited: account 2's trailer says -1260161341762 over 26 records for 3 details of 11321.50
/// over 18 records).
struct BAI2CorpusFile: Sendable, CustomTestStringConvertible {
  let name: String
  let figures: StatementFigures
  let refusedAt: Int?
  let unreconciled: [Int]
  var testDescription: String { name }
}

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct BAI2CorpusTests {
  static let zero: [String?] = Array(repeating: "0", count: 15)

  static let table: [BAI2CorpusFile] = [
    // Two accounts (11 and 6 details), CAD; only available balances (040/045), no 010/015.
    BAI2CorpusFile(
      name: "moovbai2-sample1.txt",
      figures: .init(
        statements: 2, entries: 17, credits: "3200", debits: "3200", openings: [nil, nil],
        closings: [nil, nil]), refusedAt: nil, unreconciled: []),
    // 15 accounts in one USD group, 26 details; every account reconciles.
    BAI2CorpusFile(
      name: "moovbai2-sample3.txt",
      figures: .init(
        statements: 15, entries: 26, credits: "397.13", debits: "594.18",
        openings: [
          "-35", "0", "0", "-557.03", "985.47", "0", "0", "6252.66", "-731.35",
          "-40.78", "0", "0", "0", "0", "0",
        ],
        closings: [
          "-36", "0", "0", "-864.06", "985.47", "0", "0", "6103.15", "-787.59",
          "275.95", "0", "0", "0", "0", "0",
        ]), refusedAt: nil, unreconciled: []),
    // 5 accounts, 17 details; only account 3 has ledger balances (010 1595811.94, 015
    // 1593811.94) and its 14 details do not move it by −2000.00.
    BAI2CorpusFile(
      name: "moovbai2-sample4-continuations-newline-delimited.txt",
      figures: .init(
        statements: 5, entries: 17, credits: "6007.31", debits: "313490.55",
        openings: [nil, nil, "1595811.94", nil, nil],
        closings: [nil, nil, "1593811.94", nil, nil]), refusedAt: 22, unreconciled: [3]),
  ]

  @Test("the table covers every BAI2 file in the corpus")
  func tableIsComplete() {
    #expect(Corpus.files(in: "bank/bai2") == Self.table.map(\.name))
  }

  @Test("each BAI2 file gives the independently computed figures", arguments: table)
  func figures(_ expected: BAI2CorpusFile) throws {
    let bytes = try Corpus.bytes("bank/bai2/\(expected.name)")
    #expect(BAI2Reader.recognises(bytes))
    #expect(!CODAReader.recognises(bytes))
    let statements = try BAI2Reader.read(bytes, file: expected.name, checkingTotals: false)
    #expect(StatementFigures(statements) == expected.figures)
    #expect(StatementFigures.unreconciled(statements) == expected.unreconciled)
  }

  @Test("a BAI2 file whose control totals disagree is refused at the trailer", arguments: table)
  func controlTotals(_ expected: BAI2CorpusFile) throws {
    let bytes = try Corpus.bytes("bank/bai2/\(expected.name)")
    guard let line = expected.refusedAt else {
      #expect(try !BAI2Reader.read(bytes, file: expected.name).isEmpty)
      return
    }
    let error = #expect(throws: ParseError.self) {
      try BAI2Reader.read(bytes, file: expected.name)
    }
    #expect(error?.code == .malformedStatementLine)
    #expect(error?.line == line)
    #expect(error?.element == "group 1, account 2")
  }

  @Test("moov-io's malformed BAI2 (a 00 record) is refused on line 1")
  func invalidFile() throws {
    let name = "moovbai2-errors-sample-parseError.txt"
    let bytes = try Corpus.bytes("bank/invalid/\(name)")
    #expect(!BAI2Reader.recognises(bytes) && !CODAReader.recognises(bytes))
    let error = #expect(throws: ParseError.self) { try BAI2Reader.read(bytes, file: name) }
    #expect(error?.code == .unknownStatementFormat)
    #expect(error?.file == name && error?.line == 1)
    #expect(error?.message.contains("\"00,0004,1/2/\"") == true)
  }

  @Test("sample4: Goldman Sachs 88 keywords give the counterparty and end-to-end id")
  func keywords() throws {
    let bytes = try Corpus.bytes("bank/bai2/moovbai2-sample4-continuations-newline-delimited.txt")
    let statements = try BAI2Reader.read(bytes, file: "sample4", checkingTotals: false)
    let entry = try #require(statements.dropFirst().first?.entries.first)
    #expect(entry.amount == "600.00" && entry.creditDebit == .debit)
    #expect(entry.bankReference == "SPB2322984714570" && entry.customerReference == "1111")
    let detail = try #require(entry.transactions.first)
    #expect(detail.endToEndID == "1111")
    #expect(
      detail.remittance.first?.hasPrefix("ACH Credit Payment,Entry Description: EXP;") == true)
  }
}
