import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

/// Pauses, disputes and resumes as `arflow pause`, `dispute` and `resume` record them.
struct LedgerHoldTests {
  /// A ledger with C1's INV-1 and INV-2 and C2's INV-3.
  static func ledger(_ space: TestWorkspace) throws -> Ledger {
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport(
        "items.csv",
        items: [
          Fixtures.invoice("INV-1"), Fixtures.invoice("INV-2", amount: "50.00"),
          Fixtures.invoice("INV-3", customer: "C2", amount: "80.00"),
        ], customers: [Fixtures.customer("C1"), Fixtures.customer("C2")]))
    return ledger
  }

  @Test("a pause of an item is kept with its reason, end and source, and in the item's history")
  func pauseItem() throws {
    let space = try TestWorkspace()
    let ledger = try Self.ledger(space)
    try ledger.hold(
      .item("INV-1"), kind: .pause, reason: "waiting for the new address",
      since: Fixtures.date("2026-11-20"), until: Fixtures.date("2026-12-31"), source: "arflow pause"
    )
    let holds = try ledger.holds(customerID: "C1")
    #expect(holds.count == 1)
    #expect(holds.first?.hold.scope == .item("INV-1"))
    #expect(holds.first?.hold.until == Fixtures.date("2026-12-31"))
    #expect(holds.first?.source == "arflow pause")
    #expect(try ledger.holds(customerID: "C2").isEmpty)
    let history = try ledger.history(ofItem: "INV-1").map(\.detail)
    #expect(history.contains { $0.contains("waiting for the new address (arflow pause)") })
    try ledger.checkInvariants()
  }

  @Test("the same hold or promise recorded twice (a holds sheet dropped again) is kept once")
  func recordedTwice() throws {
    let space = try TestWorkspace()
    let ledger = try Self.ledger(space)
    for day in ["2026-11-20", "2026-11-27"] {
      try ledger.hold(
        .item("INV-1"), kind: .dispute, reason: "damaged", since: Fixtures.date(day), until: nil,
        source: "holds.csv line 2")
      try ledger.promise(
        customerID: "C2", amount: Money(minorUnits: 8_000, currency: .eur),
        promisedBy: Fixtures.date("2026-12-31"), madeOn: Fixtures.date(day),
        source: "holds.csv line 3")
    }
    #expect(try ledger.holds(customerID: "C1").count == 1)
    #expect(try ledger.promises(customerID: "C2", all: true).count == 1)
    try ledger.checkInvariants()
  }

  @Test("resume ends a customer's pause the day before it resumes")
  func resumeCustomer() throws {
    let space = try TestWorkspace()
    let ledger = try Self.ledger(space)
    try ledger.hold(
      .customer("C1"), kind: .pause, reason: "in talks", since: Fixtures.date("2026-11-20"),
      until: nil, source: "arflow pause")
    let ended = try ledger.resume(
      .customer("C1"), on: Fixtures.date("2026-11-25"), reason: "agreed", source: "arflow resume")
    #expect(ended == 1)
    let record = try #require(try ledger.holds(customerID: "C1").first)
    #expect(record.endedOn == Fixtures.date("2026-11-25"))
    #expect(record.hold.until == Fixtures.date("2026-11-24"))
    #expect(!record.hold.isActive(on: Fixtures.date("2026-11-25")))
    #expect(
      try ledger.resume(
        .customer("C1"), on: Fixtures.date("2026-11-26"), reason: "again", source: "test") == 0)
  }

  @Test("a dispute ends with resume; a customer cannot be disputed")
  func dispute() throws {
    let space = try TestWorkspace()
    let ledger = try Self.ledger(space)
    try ledger.hold(
      .item("INV-2"), kind: .dispute, reason: "goods damaged", since: Fixtures.date("2026-11-20"),
      until: nil, source: "arflow dispute")
    #expect(try ledger.holds().first?.hold.kind == .dispute)
    let error = #expect(throws: LedgerError.self) {
      try ledger.hold(
        .customer("C1"), kind: .dispute, reason: "all of it", since: Fixtures.date("2026-11-20"),
        until: nil, source: "arflow dispute")
    }
    #expect(error?.code == .refused)
    #expect(error?.fix.contains("arflow pause --customer") == true)
    #expect(
      try ledger.resume(
        .item("INV-2"), on: Fixtures.date("2026-11-30"), reason: "credited", source: "test") == 1)
  }

  @Test(
    "an unknown item or customer, or an end before the start, is refused with what to do",
    arguments: [
      (Hold.Scope.item("NOPE"), "2026-12-31", LedgerError.Code.unknownRecord),
      (Hold.Scope.customer("C9"), "2026-12-31", LedgerError.Code.unknownRecord),
      (Hold.Scope.item("INV-1"), "2026-11-01", LedgerError.Code.refused),
    ])
  func refused(scope: Hold.Scope, until: String, code: LedgerError.Code) throws {
    let space = try TestWorkspace()
    let ledger = try Self.ledger(space)
    let error = #expect(throws: LedgerError.self) {
      try ledger.hold(
        scope, kind: .pause, reason: "x", since: Fixtures.date("2026-11-20"),
        until: Fixtures.date(until), source: "test")
    }
    #expect(error?.code == code)
    #expect(error?.fix.isEmpty == false)
    #expect(try ledger.holds().isEmpty)
    #expect(throws: LedgerError.self) {
      try ledger.resume(
        scope == .customer("C9") ? scope : .item("NOPE"), on: Fixtures.date("2026-11-20"),
        reason: "x", source: "test")
    }
  }
}
