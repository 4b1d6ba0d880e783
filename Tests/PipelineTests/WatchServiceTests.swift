import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Receivables
import Testing

/// Runs the real `arflow watch` as a child process, as systemd would.
@Suite(.serialized)
struct WatchServiceTests {
  static let header =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,currency"

  private func watch(_ space: TestWorkspace, _ extra: [String] = [], crashAt point: String? = nil)
    throws
    -> RunningArflow
  {
    try RunningArflow(
      [
        "watch", "--workspace", space.root.path, "--as-of", "2026-11-20", "--settle", "0.5",
        "--poll-interval", "1",
      ]
        + extra,
      environment: point.map { ["ARFLOW_CRASH_AT": $0] } ?? [:])
  }

  private func processedCount(_ space: TestWorkspace) throws -> Int {
    try space.ledger().status(asOf: Fixtures.date("2026-11-20")).filesProcessed
  }

  @Test("a file written slowly for 5 s is ingested once, after it is finished, whole")
  func slowWriter() async throws {
    let space = try TestWorkspace()
    let service = try watch(space)
    let rows = (1...20).map { "S-\($0),C1,Slow Customer,2026-09-01,2026-12-31,\($0).00,EUR\n" }
    try await SlowWriter.write(
      [Self.header + "\n"] + rows, to: space.workspace.inbox.appendingPathComponent("slow.csv"),
      pause: .milliseconds(250))
    #expect(try await eventually { try processedCount(space) == 1 }, "\(service.log)")
    try await Task.sleep(for: .seconds(2))
    service.terminate()
    let exit = await service.waitForExit()
    #expect(exit?.status == 0 && exit?.bySignal == false, "\(service.log)")
    let ledger = try space.ledger()
    #expect(try ledger.openItems().count == 20)
    #expect(try processedCount(space) == 1)
    #expect(space.files(in: "inbox/processed/2026-11-20") == ["slow.csv"])
    #expect(service.log.contains("file.outcome=processed"))
  }

  @Test("1,000 files dropped at once are each ingested exactly once")
  func thousandFiles() async throws {
    let space = try TestWorkspace()
    let service = try watch(space)
    for index in 1...1000 {
      let padding = String(repeating: " ", count: 2000)
      try space.drop(
        "batch-\(index).csv",
        "\(Self.header)\nB-\(index),C\(index % 17),Customer \(index % 17),2026-09-01,2026-12-31,\(index).00,EUR\n#\(padding)\n"
      )
    }
    #expect(
      try await eventually(timeout: .seconds(240)) { try processedCount(space) == 1000 },
      "\(service.log.suffix(2000))")
    service.terminate()
    #expect(await service.waitForExit()?.status == 0)
    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    #expect(status.openItems == 1000)
    #expect(status.filesDuplicate == 0 && status.filesFailed == 0)
    #expect(space.files(in: "inbox/processed/2026-11-20").count == 1000)
    #expect(space.files(in: "inbox/.work").isEmpty)
    try space.ledger().checkInvariants()
  }

  @Test(
    "a watch killed while ingesting is finished by the restarted watch, every file exactly once",
    arguments: ["after-claim", "inside-commit", "after-commit"])
  func killedWhileIngesting(point: String) async throws {
    let space = try TestWorkspace()
    try space.drop("a.csv", "\(Self.header)\nK-1,C1,Kill Test,2026-09-01,2026-12-31,10.00,EUR\n")
    try space.drop("b.csv", "\(Self.header)\nK-2,C1,Kill Test,2026-09-01,2026-12-31,20.00,EUR\n")
    let crashing = try watch(space, crashAt: point)
    let crash = await crashing.waitForExit()
    #expect(crash?.bySignal == true && crash?.status == SIGKILL, "\(crashing.log)")
    let restarted = try watch(space)
    #expect(
      try await eventually {
        try processedCount(space) == 2 && space.files(in: "inbox/.work").isEmpty
      })
    restarted.terminate()
    #expect(await restarted.waitForExit()?.status == 0)
    let ledger = try space.ledger()
    try ledger.checkInvariants()
    #expect(try ledger.openItems().map(\.number).sorted() == ["K-1", "K-2"])
    #expect(try ledger.status(asOf: Fixtures.date("2026-11-20")).filesDuplicate == 0)
    #expect(space.files(in: "inbox/processed/2026-11-20") == ["a.csv", "b.csv"])
  }

  @Test(
    "a watch killed while writing a reminder batch leaves no half batch; the restart writes it once"
  )
  func killedWhileWritingBatch() async throws {
    let space = try TestWorkspace()
    try space.drop(
      "late.csv",
      "\(Self.header),street,postal_code,city\n"
        + "L-1,C1,Late Payer,2026-09-01,2026-10-01,100.00,EUR,Kerkstraat 1,1011 AB,Amsterdam\n")
    let crashing = try watch(space, ["--dunning-at", "00:00"], crashAt: "inside-batch")
    let crash = await crashing.waitForExit()
    #expect(crash?.bySignal == true, "\(crashing.log)")
    #expect(space.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") }.isEmpty)
    let restarted = try watch(space, ["--dunning-at", "00:00"])
    #expect(
      try await eventually { space.files(in: "outbox/reminders") == ["2026-11-20-01"] },
      "\(restarted.log)")
    restarted.terminate()
    #expect(await restarted.waitForExit()?.status == 0)
    #expect(space.files(in: "outbox/reminders/2026-11-20-01").contains("001-C1.pdf"))
    #expect(try space.ledger().reminderBatches().map(\.id) == ["2026-11-20-01"])
    try space.ledger().checkInvariants()
  }

  @Test("a second arflow on the same workspace is refused while the first runs")
  func secondProcessRefused() async throws {
    let space = try TestWorkspace()
    let service = try watch(space)
    #expect(try await eventually { service.log.contains("watching") })
    let second = try ArflowBinary.run([
      "run", "--workspace", space.root.path, "--as-of", "2026-11-20",
    ])
    #expect(second.status != 0)
    #expect(second.errors.contains("another arflow"))
    service.terminate()
    #expect(await service.waitForExit()?.status == 0)
    let after = try ArflowBinary.run([
      "run", "--workspace", space.root.path, "--as-of", "2026-11-20",
    ])
    #expect(after.status == 0, "\(after.errors)")
  }
}
