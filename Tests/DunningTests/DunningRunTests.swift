import ArflowTesting
import Configuration
import Dunning
import Foundation
import Ledger
import Receivables
import Testing

struct DunningRunTests {
  let policy = DunningPolicy(levels: [
    DunningLevel(
      number: 1, name: "reminder", daysOverdue: 14, channel: .letter, fee: DecimalFee("0.00")!),
    DunningLevel(
      number: 2, name: "second", daysOverdue: 28, channel: .letter, fee: DecimalFee("7.50")!),
  ])

  @Test("reminds an invoice from the level's day on, and explains why")
  func threshold() {
    let item = Fixtures.invoice("A", due: "2026-11-01")
    let run = DunningRun(policy: policy)
    #expect(
      run.reminders(for: [item], alreadyReminded: [:], on: Fixtures.date("2026-11-14")).isEmpty)
    let reminders = run.reminders(
      for: [item], alreadyReminded: [:], on: Fixtures.date("2026-11-15"))
    #expect(reminders.count == 1)
    let reminder = reminders[0]
    #expect(reminder.level == 1)
    #expect(reminder.daysOverdue == 14)
    #expect(reminder.explanation.contains("14 days overdue"))
    #expect(reminder.explanation.contains("level 1 (reminder)"))
  }

  @Test("moves one level at a time and charges the level's fee")
  func escalation() throws {
    let item = Fixtures.invoice("A", due: "2026-10-01")
    let run = DunningRun(policy: policy)
    let first = run.reminders(for: [item], alreadyReminded: [:], on: Fixtures.date("2026-11-20"))
    #expect(first.map(\.level) == [1])
    let second = run.reminders(
      for: [item], alreadyReminded: ["A": [1]], on: Fixtures.date("2026-11-20"))
    #expect(second.map(\.level) == [2])
    #expect(second[0].fee == Fixtures.euros("7.50"))
    #expect(try second[0].amountDue() == Fixtures.euros("107.50"))
    #expect(
      run.reminders(for: [item], alreadyReminded: ["A": [1, 2]], on: Fixtures.date("2026-11-20"))
        .isEmpty)
  }

  @Test("never reminds paid invoices or credit notes")
  func skipsPaidAndCredits() {
    var credit = Fixtures.invoice("C", amount: "-20.00", due: "2026-01-01")
    credit.kind = .creditNote
    let paid = Fixtures.invoice("P", amount: "20.00", open: "0.00", due: "2026-01-01")
    #expect(
      DunningRun(policy: policy).reminders(
        for: [credit, paid], alreadyReminded: [:], on: Fixtures.date("2026-11-20")
      ).isEmpty)
  }

  @Test("a second dunning run on the same day records nothing new")
  func idempotentRun() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport("items.csv", items: [Fixtures.invoice("A", due: "2026-10-01")]))
    let run = try ledger.beginRun(asOf: Fixtures.date("2026-11-20"))
    let single = DunningRun(policy: DunningPolicy(levels: [policy.levels[0]]))
    let batch = try #require(
      try single.record(in: ledger, on: Fixtures.date("2026-11-20"), run: run))
    #expect(batch.batchID == "2026-11-20-01")
    #expect(batch.reminders.map(\.itemNumber) == ["A"])
    #expect(try single.record(in: ledger, on: Fixtures.date("2026-11-20"), run: run) == nil)
  }

  @Test("reads the shipped policy and refuses broken ones with the file's name")
  func policyFile() throws {
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("mappings/policy.yaml")
    let policy = try DunningPolicy.load(from: shipped)
    #expect(policy.levels.first?.name == "reminder")
    let broken = FileManager.default.temporaryDirectory.appendingPathComponent(
      "policy-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: broken) }
    try "levels:\n  - name: a\n    daysOverdue: 20\n  - name: b\n    daysOverdue: 10\n".write(
      to: broken, atomically: true, encoding: .utf8)
    #expect(throws: ConfigurationError.self) { try DunningPolicy.load(from: broken) }
    try "levels:\n  - name: a\n    daysOverdue: 20\n    fee: 5,00\n".write(
      to: broken, atomically: true, encoding: .utf8)
    #expect(throws: ConfigurationError.self) { try DunningPolicy.load(from: broken) }
  }
}
