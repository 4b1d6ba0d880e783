import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

/// Kills the real `arflow` binary at chosen points and proves that the next run finishes cleanly:
/// every file ingested exactly once, archived, the ledger sound, no half batch in the outbox.
@Suite(.serialized)
struct CrashRecoveryTests {
  static let header =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,currency"

  private func workspace() throws -> TestWorkspace {
    let space = try TestWorkspace()
    for day in 1...3 {
      try space.drop(
        "items-\(day).csv",
        "\(Self.header)\nD\(day)-1,C\(day),Customer \(day),2026-09-01,2026-12-31,\(day)00.00,EUR\n"
          + "D\(day)-2,C\(day),Customer \(day),2026-09-02,2026-12-31,\(day)5.50,EUR\n")
    }
    return space
  }

  private func run(_ space: TestWorkspace, crashAt point: String? = nil) throws
    -> ArflowBinary.Result
  {
    try ArflowBinary.run(
      ["run", "--workspace", space.root.path, "--as-of", "2026-11-20", "--settle", "0"],
      environment: point.map { ["ARFLOW_CRASH_AT": $0] } ?? [:])
  }

  @Test(
    "a run killed while ingesting is finished by the next run, every file exactly once",
    arguments: ["after-claim", "inside-commit", "after-commit"])
  func killedWhileIngesting(point: String) throws {
    let space = try workspace()
    let crashed = try run(space, crashAt: point)
    #expect(
      crashed.killedBySignal && crashed.status == SIGKILL,
      "the crash point \(point) must be reached")
    let restarted = try run(space)
    #expect(restarted.status == 0, "\(restarted.errors)")

    let ledger = try space.ledger()
    try ledger.checkInvariants()
    #expect(
      try ledger.openItems().map(\.number).sorted() == [
        "D1-1", "D1-2", "D2-1", "D2-2", "D3-1", "D3-2",
      ])
    let status = try ledger.status(asOf: Fixtures.date("2026-11-20"))
    #expect(status.filesProcessed == 3)
    #expect(status.filesDuplicate == 0)
    #expect(status.filesFailed == 0)
    #expect(space.files(in: "inbox").filter { !$0.hasPrefix(".") } == ["failed", "processed"])
    #expect(space.files(in: "inbox/.work").isEmpty)
    #expect(
      space.files(in: "inbox/processed/2026-11-20") == [
        "items-1.csv", "items-2.csv", "items-3.csv",
      ])
  }

  static let addressed =
    "\(header),street,postal_code,city\n"
    + "O-1,C1,Late Payer,2026-09-01,2026-10-01,100.00,EUR,Kerkstraat 1,1011 AB,Amsterdam\n"
    + "O-2,C2,Other Payer,2026-09-01,2026-10-01,50.00,EUR,Dorpsweg 2,3511 CD,Utrecht\n"

  @Test(
    "a run killed in the middle of writing a reminder batch leaves no half batch, and the next run writes it once"
  )
  func killedWhileWritingBatch() throws {
    let space = try TestWorkspace()
    try space.drop("overdue.csv", Self.addressed)
    let crashed = try run(space, crashAt: "inside-batch")
    #expect(crashed.killedBySignal)
    #expect(space.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") }.isEmpty)
    #expect(try space.ledger().reminderBatches().isEmpty)

    let restarted = try run(space)
    #expect(restarted.status == 0, "\(restarted.errors)")
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01"])
    #expect(
      space.files(in: "outbox/reminders/2026-11-20-01") == [
        "001-C1.pdf", "002-C2.pdf", "manifest.csv", "manifest.json", "print.pdf",
      ])
    let again = try run(space)
    #expect(again.output.contains("reminders: nothing new to send"))
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01"])
    try space.ledger().checkInvariants()
  }

  @Test(
    "a run killed after writing a batch but before recording it: the next run records it from its manifest, once"
  )
  func killedAfterWritingBatch() throws {
    let space = try TestWorkspace()
    try space.drop("overdue.csv", Self.addressed)
    let crashed = try run(space, crashAt: "after-batch-written")
    #expect(crashed.killedBySignal)
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01"])
    #expect(try space.ledger().reminderBatches().isEmpty)

    let restarted = try run(space)
    #expect(restarted.status == 0, "\(restarted.errors)")
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01"])
    let ledger = try space.ledger()
    #expect(try ledger.reminderBatches().map(\.id) == ["2026-11-20-01"])
    let documents = try ledger.dunningDocuments(batchID: "2026-11-20-01")
    #expect(documents.map(\.document.file) == ["001-C1.pdf", "002-C2.pdf"])
    #expect(try ledger.reminders(ofItem: "O-1").count == 1)
    let again = try run(space)
    #expect(again.output.contains("reminders: nothing new to send"))
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01"])
    try ledger.checkInvariants()
  }

  @Test(
    "a letter that cannot be made fails alone: the others are written, the run exits 2, the next run tries it again"
  )
  func oneFailedDocument() throws {
    let space = try TestWorkspace()
    let endless = String(repeating: "Very Long Company Name ", count: 40)
    try space.drop(
      "overdue.csv",
      Self.addressed
        + "O-3,C3,\(endless),2026-09-01,2026-10-01,75.00,EUR,Lange Laan 3,1234 AB,Zwolle\n")
    let first = try run(space)
    #expect(first.status == 2, "\(first.output)\(first.errors)")
    #expect(first.output.contains("C3"), "\(first.output)")
    let batch = "outbox/reminders/2026-11-20-01"
    #expect(
      space.files(in: batch) == [
        "001-C1.pdf", "002-C2.pdf", "manifest.csv", "manifest.json", "print.pdf",
      ])
    let manifest = try space.text(of: "\(batch)/manifest.json")
    #expect(manifest.contains("\"status\" : \"failed\""))
    #expect(manifest.contains("envelope"))
    #expect(try space.ledger().reminders(ofItem: "O-3").isEmpty)

    let second = try run(space)
    #expect(second.status == 2)
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-01", "2026-11-20-02"])
    #expect(
      space.files(in: "outbox/reminders/2026-11-20-02") == ["manifest.csv", "manifest.json"])
  }

  @Test("a statement that does not add up, killed after its commit, gets its warning on restart")
  func killedAfterCommittingUnproven() throws {
    let space = try TestWorkspace()
    try space.drop("wrong.sta", UnprovenStatementIngestTests.wrong)
    let crashed = try run(space, crashAt: "after-commit")
    #expect(crashed.killedBySignal)
    #expect(space.files(in: "inbox/processed/2026-11-20").isEmpty)
    let restarted = try run(space)
    #expect(restarted.status == 0, "\(restarted.errors)")
    #expect(
      space.files(in: "inbox/processed/2026-11-20") == ["wrong.sta", "wrong.sta.warning.txt"])
    #expect(
      try space.text(of: "inbox/processed/2026-11-20/wrong.sta.warning.txt").contains(
        "difference           -50.00 EUR"))
    #expect(restarted.output.contains("unproven statements: 1"), "\(restarted.output)")
    #expect(try space.ledger().unprovenStatements().count == 1)
  }
}
