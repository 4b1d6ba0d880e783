import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Testing

/// `arflow dun`: the plan without sending, and the approval of a schedule with `review: true`.
@Suite(.serialized)
struct DunCommandTests {
  private func workspace(review: Bool = false) throws -> TestWorkspace {
    let space = try TestWorkspace()
    try space.drop("items.csv", CrashRecoveryTests.addressed)
    if review {
      let policy = space.workspace.policyFile
      let text = try String(contentsOf: policy, encoding: .utf8)
      try text.replacingOccurrences(of: "review: false", with: "review: true").write(
        to: policy, atomically: true, encoding: .utf8)
    }
    return space
  }

  private func arflow(_ arguments: [String], _ space: TestWorkspace) throws -> ArflowBinary.Result {
    try ArflowBinary.run(
      arguments + ["--workspace", space.root.path, "--as-of", "2026-11-20"])
  }

  @Test("dun --dry-run prints the plan, as text or JSON, and records and writes nothing")
  func dryRun() throws {
    let space = try workspace()
    _ = try arflow(["inspect", "inbox/items.csv"], space)
    let first = try arflow(["dun", "--dry-run"], space)
    // Nothing is booked yet: the dry run plans from the ledger as it is.
    #expect(first.output.contains("Dunning plan for 2026-11-20: 0 documents"), "\(first.output)")
    let space2 = try workspace(review: true)
    _ = try arflow(["run", "--settle", "0"], space2)
    let text = try arflow(["dun", "--dry-run"], space2)
    #expect(text.status == 0, "\(text.errors)")
    #expect(text.output.contains("C1 EUR reminder level 1"), "\(text.output)")
    let json = try arflow(["dun", "--dry-run", "--json"], space2)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect((object?["documents"] as? [Any])?.count == 2)
    #expect(space2.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") }.isEmpty)
    let invalid = try arflow(["dun", "--json"], space2)
    #expect(invalid.status == 64)
  }

  @Test("a schedule with review: true waits for approval; dun --approve sends it once")
  func approval() throws {
    let space = try workspace(review: true)
    let run = try arflow(["run", "--settle", "0"], space)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("wait for approval as batch 2026-11-20-01"), "\(run.output)")
    #expect(space.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") }.isEmpty)
    #expect(try space.ledger().reminders(ofItem: "O-1").isEmpty)

    let wrong = try arflow(["dun", "--approve", "2026-11-19-01"], space)
    #expect(wrong.status == 1)
    #expect(wrong.errors.contains("batch 2026-11-19-01 does not wait for approval"))
    #expect(wrong.errors.contains("approve 2026-11-20-01 instead"))

    let approved = try arflow(["dun", "--approve", "2026-11-20-01"], space)
    #expect(approved.status == 0, "\(approved.output)\(approved.errors)")
    #expect(space.files(in: "outbox/reminders") == ["2026-11-20-02"])
    #expect(
      space.files(in: "outbox/reminders/2026-11-20-02").contains("001-C1.pdf"))
    let batches = try space.ledger().reminderBatches()
    #expect(batches.map(\.state) == [.approved, .written])
    #expect(try space.ledger().reminders(ofItem: "O-1").count == 1)
    let again = try arflow(["dun", "--approve", "2026-11-20-01"], space)
    #expect(again.status == 1)
    let rerun = try arflow(["run", "--settle", "0"], space)
    #expect(rerun.output.contains("reminders: nothing new to send"), "\(rerun.output)")
  }
}
