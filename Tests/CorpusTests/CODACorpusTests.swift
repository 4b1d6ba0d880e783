import Foundation
import Testing

@testable import Parsers

/// Every CODA file of the corpus with the figures read independently of `CODAReader`: a
/// 30-line Python script slicing the 128-character records at the Febelfin CODA 2 positions
/// (record 1: sign at 43, amount 44–58 / 1000; record 8: sign at 42, amount 43–57; record
/// 2.1: sequence 3–6, sign 32, amount 33–47; one entry per run of 2.1 records sharing a
/// sequence number, booked at the first), cross-checked with `SOURCES.md` ("4 movements" in
/// sample1 and sample7 = 2.1 records; sample7's are one globalised movement of 75.000 with 3
/// details) and with each file's own trailer record 9.
struct CODACorpusFile: Sendable, CustomTestStringConvertible {
  let name: String
  let figures: StatementFigures
  /// The trailer line a strict read refuses, when the trailer disagrees with the movements.
  let refusedAt: Int?
  /// Statements whose opening + credits − debits ≠ closing.
  let unreconciled: [Int]
  var testDescription: String { name }
}

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CODACorpusTests {
  static let table: [CODACorpusFile] = [
    // Trailer: 22 records, credits 80.000 = 5 + 25 + 20 + 30. Reconciles.
    CODACorpusFile(
      name: "codaparser-sample1.cod",
      figures: .init(
        statements: 1, entries: 4, credits: "80", debits: "0", openings: ["17752.12"],
        closings: ["17832.12"]), refusedAt: nil, unreconciled: []),
    // Trailer: 4 records, credit 1000.000. Reconciles.
    CODACorpusFile(
      name: "codaparser-sample11.cod",
      figures: .init(
        statements: 1, entries: 1, credits: "1000", debits: "0", openings: ["100"],
        closings: ["1100"]), refusedAt: nil, unreconciled: []),
    // One movement of 9.680 (type 3) with two details 8.000 + 1.680 (type 8); the trailer
    // counts 9.680 once. Record 8 names another account: 25846 − 9.68 ≠ 23154.685.
    CODACorpusFile(
      name: "codaparser-sample2.cod",
      figures: .init(
        statements: 1, entries: 1, credits: "0", debits: "9.68", openings: ["25846"],
        closings: ["23154.685"]), refusedAt: nil, unreconciled: [1]),
    // Trailer says 15 records, debits 16837.520, credits 3967.220; the file has 14 records
    // and 3 credits of 6303.460 (anonymised upstream). New balance is a debit of 500012.1.
    CODACorpusFile(
      name: "codaparser-sample5.cod",
      figures: .init(
        statements: 1, entries: 3, credits: "6303.46", debits: "0", openings: ["4004.1"],
        closings: ["-500012.1"]), refusedAt: 16, unreconciled: [1]),
    // sample1's header, balances and trailer around a globalised debit of 75.000 (25 + 20 +
    // 30): the trailer (22 records, credits 80) belongs to sample1, so it is refused.
    CODACorpusFile(
      name: "codaparser-sample7.cod",
      figures: .init(
        statements: 1, entries: 1, credits: "0", debits: "75", openings: ["17752.12"],
        closings: ["17832.12"]), refusedAt: 22, unreconciled: [1]),
  ]

  @Test("the table covers every CODA file in the corpus")
  func tableIsComplete() {
    #expect(Corpus.files(in: "bank/coda") == Self.table.map(\.name))
  }

  @Test("each CODA file gives the independently computed figures", arguments: table)
  func figures(_ expected: CODACorpusFile) throws {
    let bytes = try Corpus.bytes("bank/coda/\(expected.name)")
    #expect(CODAReader.recognises(bytes))
    #expect(!BAI2Reader.recognises(bytes))
    let statements = try CODAReader.read(bytes, file: expected.name, checkingTotals: false)
    #expect(StatementFigures(statements) == expected.figures)
    #expect(StatementFigures.unreconciled(statements) == expected.unreconciled)
  }

  @Test("a CODA file whose trailer disagrees is refused at the trailer", arguments: table)
  func trailer(_ expected: CODACorpusFile) throws {
    let bytes = try Corpus.bytes("bank/coda/\(expected.name)")
    guard let line = expected.refusedAt else {
      #expect(try !CODAReader.read(bytes, file: expected.name).isEmpty)
      return
    }
    let error = #expect(throws: ParseError.self) {
      try CODAReader.read(bytes, file: expected.name)
    }
    #expect(error?.code == .malformedStatementLine)
    #expect(error?.line == line)
    #expect(error?.file == expected.name)
    #expect(error?.message.contains("the trailer says statement 1 has") == true)
  }

  @Test("sample7: the globalised movement is one debit of 75.000 with three detail payments")
  func globalisedMovement() throws {
    let bytes = try Corpus.bytes("bank/coda/codaparser-sample7.cod")
    let statement = try #require(
      try CODAReader.read(bytes, file: "sample7", checkingTotals: false).first)
    let entry = try #require(statement.entries.first)
    #expect(entry.amount == "75.000" && entry.creditDebit == .debit)
    #expect(entry.transactions.map(\.amount) == ["25.000", "20.000", "30.000"])
    #expect(
      entry.transactions.map(\.counterpartyName) == [
        "KLANT2 NAAM2", "KLANT3 NAAM", "KLANT4 - NAAM4 MET",
      ])
    #expect(
      entry.transactions.map(\.structuredReferences) == [
        ["000003515846"], ["000003154982"], ["000002133131"],
      ])
    #expect(entry.information?.contains("UITVOERING VAN UW BESTAND/GROEP creditTran/0000") == true)
  }
}
