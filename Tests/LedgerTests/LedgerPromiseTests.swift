import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

/// Promises to pay and payment arrangements as `arflow promise` and `arrangement` record them.
struct LedgerPromiseTests {
  @Test("a promise is kept with its items and the payments made since")
  func promise() throws {
    let space = try TestWorkspace()
    let ledger = try LedgerHoldTests.ledger(space)
    let promise = try ledger.promise(
      customerID: "C1", amount: Fixtures.euros("120.00"), promisedBy: Fixtures.date("2026-12-15"),
      itemNumbers: ["INV-1"], madeOn: Fixtures.date("2026-11-20"), source: "arflow promise")
    let stored = try #require(try ledger.promises(customerID: "C1").first)
    #expect(stored.id == promise.id)
    #expect(stored.amount == Fixtures.euros("120.00"))
    #expect(stored.itemNumbers == ["INV-1"])
    #expect(stored.state == .active)
    #expect(try ledger.promises(customerID: "C2").isEmpty)
    #expect(
      try ledger.history(ofItem: "INV-1").contains { $0.detail.contains("promised: 120.00 EUR") })
  }

  @Test(
    "a promise of nothing, due before it is made, on another's item or of an unknown customer is refused",
    arguments: [
      ("C1", "0.00", "2026-12-15", ["INV-1"], LedgerError.Code.refused),
      ("C1", "10.00", "2026-11-19", [], LedgerError.Code.refused),
      ("C1", "10.00", "2026-12-15", ["INV-3"], LedgerError.Code.refused),
      ("C9", "10.00", "2026-12-15", [], LedgerError.Code.unknownRecord),
    ])
  func refusedPromise(
    customer: String, amount: String, by: String, items: [String], code: LedgerError.Code
  ) throws {
    let space = try TestWorkspace()
    let ledger = try LedgerHoldTests.ledger(space)
    let error = #expect(throws: LedgerError.self) {
      try ledger.promise(
        customerID: customer, amount: Fixtures.euros(amount), promisedBy: Fixtures.date(by),
        itemNumbers: items, madeOn: Fixtures.date("2026-11-20"), source: "test")
    }
    #expect(error?.code == code)
    #expect(try ledger.promises(all: true).isEmpty)
  }

  @Test("an arrangement splits the open amount into instalments, each with its own RF reference")
  func arrangement() throws {
    let space = try TestWorkspace()
    let ledger = try LedgerHoldTests.ledger(space)
    let arrangement = try ledger.arrange(
      customerID: "C1", currency: nil, itemNumbers: [], count: 3,
      first: Fixtures.date("2026-12-01"), every: .month, madeOn: Fixtures.date("2026-11-20"),
      source: "arflow arrangement")
    #expect(Set(arrangement.itemNumbers) == ["INV-1", "INV-2"])
    #expect(arrangement.instalments.map(\.amount.decimalString) == ["50.00", "50.00", "50.00"])
    #expect(
      arrangement.instalments.map(\.dueDate.iso8601) == ["2026-12-01", "2027-01-01", "2027-02-01"])
    #expect(Set(arrangement.instalments.map(\.reference)).count == 3)
    #expect(try ledger.arrangements(customerID: "C1").first?.instalments.count == 3)
    #expect(
      try ledger.sharedReferences()[arrangement.instalments[0].reference.value]?.sorted() == [
        "INV-1", "INV-2",
      ])
    try ledger.checkInvariants()
  }

  @Test("an item already in a running arrangement, no instalments or an unknown item is refused")
  func refusedArrangement() throws {
    let space = try TestWorkspace()
    let ledger = try LedgerHoldTests.ledger(space)
    try ledger.arrange(
      customerID: "C1", currency: nil, itemNumbers: ["INV-1"], count: 2,
      first: Fixtures.date("2026-12-01"), every: .days(14), madeOn: Fixtures.date("2026-11-20"),
      source: "test")
    for (items, count) in [(["INV-1"], 2), (["INV-2"], 0), (["NOPE"], 2)] {
      let error = #expect(throws: LedgerError.self) {
        try ledger.arrange(
          customerID: "C1", currency: nil, itemNumbers: items, count: count,
          first: Fixtures.date("2026-12-01"), every: .month, madeOn: Fixtures.date("2026-11-20"),
          source: "test")
      }
      #expect(error?.fix.isEmpty == false)
    }
    #expect(try ledger.arrangements(all: true).count == 1)
  }

  @Test("a holds file's rows are recorded with the file; a refused row is reported with its line")
  func holdsFile() throws {
    let space = try TestWorkspace()
    let ledger = try LedgerHoldTests.ledger(space)
    func row(_ line: Int) -> Receivables.SourceLocation {
      Receivables.SourceLocation(file: "holds.csv", line: line)
    }
    var file = Fixtures.fileImport("holds.csv", customers: [], on: "2026-11-20")
    file.kind = .holds
    file.holdInstructions = [
      HoldInstruction(
        action: .pause, itemNumber: "INV-1", customerID: nil, until: Fixtures.date("2026-12-31"),
        reason: "on holiday", source: row(2)),
      HoldInstruction(
        action: .dispute, itemNumber: "NOPE", customerID: nil, reason: "wrong", source: row(3)),
      HoldInstruction(
        action: .pause, itemNumber: "INV-3", customerID: "C1", reason: "wrong owner",
        source: row(5)),
      HoldInstruction(
        action: .promise, itemNumber: "INV-3", customerID: nil, until: Fixtures.date("2026-12-15"),
        reason: "promise to pay", amount: Fixtures.euros("80.00"), source: row(4)),
    ]
    let summary = try ledger.commit(file)
    #expect(summary.holdsRecorded == 2)
    #expect(summary.holdsRefused.map(\.source.line) == [3, 5])
    #expect(summary.holdsRefused.last?.message == "item INV-3 is customer C2's, not C1's")
    #expect(summary.holdsRefused.first?.message.contains("NOPE") == true)
    #expect(try ledger.holds().map(\.source) == ["holds.csv line 2"])
    #expect(try ledger.promises(customerID: "C2").map(\.itemNumbers) == [["INV-3"]])
    #expect(throws: LedgerError.self) { try ledger.commit(file) }
    #expect(try ledger.holds().count == 1)
    #expect(try ledger.promises(all: true).count == 1)
  }
}
