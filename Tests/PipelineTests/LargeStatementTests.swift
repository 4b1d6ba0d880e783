import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

/// A camt file above the large-file size is imported in two streaming passes; it must book
/// exactly what the in-memory path books, and refuse what that path refuses.
struct LargeStatementTests {
  static let demoStatement = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(
      "Sources/Pipeline/Defaults/demo/inbox/bank-statement-2026-11-19.camt053.xml")

  private func run(streaming: Bool, statement: String) throws -> (
    TestWorkspace, ArflowBinary.Result
  ) {
    let space = try TestWorkspace()
    try space.drop("statement.xml", statement)
    let result = try ArflowBinary.run(
      ["run", "--workspace", space.root.path, "--as-of", "2026-11-20", "--settle", "0"],
      environment: streaming ? ["ARFLOW_LARGE_FILE_BYTES": "1"] : [:])
    return (space, result)
  }

  @Test("streamed and in-memory imports of the same statement book the same payments")
  func sameAsInMemory() throws {
    let text = try String(contentsOf: Self.demoStatement, encoding: .utf8)
    let (streamed, streamedRun) = try run(streaming: true, statement: text)
    let (inMemory, _) = try run(streaming: false, statement: text)
    #expect(streamedRun.output.contains("camt read streaming"), "\(streamedRun.output)")
    let left = try streamed.ledger().allPayments().map(\.bankReference).sorted()
    let right = try inMemory.ledger().allPayments().map(\.bankReference).sorted()
    #expect(left.count == 10)
    #expect(left == right)
    let servicer = { (space: TestWorkspace) in
      try space.ledger().allPayments().compactMap(\.servicerReference).sorted()
    }
    #expect(try servicer(streamed).count == 10)
    #expect(try servicer(streamed) == servicer(inMemory))
    try streamed.ledger().checkInvariants()
  }

  /// The demo statement with a 9 put before its closing balance's amount: it no longer adds up.
  static func brokenStatement() throws -> String {
    let text = try String(contentsOf: Self.demoStatement, encoding: .utf8)
    let closing = try #require(text.range(of: #"<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">"#))
    var broken = text
    broken.insert("9", at: closing.upperBound)
    return broken
  }

  @Test("a streamed statement that does not add up is booked as the in-memory path books it")
  func streamedMismatch() throws {
    let broken = try Self.brokenStatement()
    let (space, result) = try run(streaming: true, statement: broken)
    let (inMemory, _) = try run(streaming: false, statement: broken)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("1 statement does not add up"), "\(result.output)")
    #expect(space.files(in: "inbox/failed").isEmpty)
    #expect(
      space.files(in: "inbox/processed/2026-11-20") == [
        "statement.xml", "statement.xml.warning.txt",
      ])
    let payments = { (space: TestWorkspace) in
      try space.ledger().allPayments().map(\.bankReference).sorted()
    }
    #expect(try payments(space).count == 10)
    #expect(try payments(space) == payments(inMemory))
    let unproven = try space.ledger().unprovenStatements()
    #expect(
      unproven.map(\.statement) == (try inMemory.ledger().unprovenStatements().map(\.statement)))
    #expect(unproven.count == 1)
    #expect(unproven.first?.statement.difference.isNegative == false)
  }

  @Test("with balanceMismatch: refuse, a streamed statement that does not add up goes to failed/")
  func streamedMismatchRefused() throws {
    let space = try TestWorkspace()
    try UnprovenStatementIngestTests.refusing(space)
    try space.drop("statement.xml", try Self.brokenStatement())
    let result = try ArflowBinary.run(
      ["run", "--workspace", space.root.path, "--as-of", "2026-11-20", "--settle", "0"],
      environment: ["ARFLOW_LARGE_FILE_BYTES": "1"])
    #expect(result.status == 2)
    #expect(space.files(in: "inbox/failed") == ["statement.xml", "statement.xml.error.txt"])
    #expect(try space.text(of: "inbox/failed/statement.xml.error.txt").contains("does not add up"))
    #expect(try space.ledger().allPayments().isEmpty)
    #expect(try space.ledger().unprovenStatements().isEmpty)
  }
}
