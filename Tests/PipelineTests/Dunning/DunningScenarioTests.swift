import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Receivables
import Testing

/// Drives the real binary through four months of dunning, day by day and with gaps, and checks
/// from the manifests what a credit manager relies on.
@Suite(.serialized)
struct DunningScenarioTests {
  private func date(_ offset: Int) -> LocalDate { DunningScenario.start.adding(days: offset) }

  /// The holds of the scenario: C3 paused for sixty days, D-1 disputed, and C6 in a payment
  /// arrangement of two monthly instalments from day 5, all from day 0.
  private func recordHolds(_ scenario: DunningScenario) throws {
    let ledger = try scenario.space.ledger()
    try ledger.hold(
      .customer("C3"), kind: .pause, reason: "in talks", since: date(0), until: date(60),
      source: "test")
    try ledger.hold(
      .item("D-1"), kind: .dispute, reason: "goods damaged", since: date(0), until: nil,
      source: "test")
    try ledger.arrange(
      customerID: "C6", currency: .eur, itemNumbers: ["F-1"], count: 2, first: date(5),
      every: .month, madeOn: date(0), source: "test")
  }

  @Test("day by day over 120 days: every level once and in order, holds kept, nothing twice")
  func dayByDay() throws {
    let scenario = try DunningScenario()
    try scenario.importItems()
    try recordHolds(scenario)
    for day in 0...120 {
      let new = try scenario.run(day: day)
      if day == 1 {
        // C5 promises 500.00 by day 10 after its first reminder, and never pays.
        try scenario.space.ledger().promise(
          customerID: "C5", amount: Money(minorUnits: 50_000, currency: .eur),
          promisedBy: date(10), madeOn: date(1), source: "test")
      }
      if day % 10 == 0 {
        #expect(try scenario.run(day: day).isEmpty, "a second run on day \(day) added a batch")
        _ = new
      }
    }
    scenario.checkInvariants()

    // C1: each invoice through its levels on the schedule's days, ending at the final notice.
    // A-1 falls due on the first day: too late for a courtesy note, which is never caught up.
    #expect(scenario.levels(of: "A-1") == [1, 2, 3])
    // A-2's and A-3's courtesy notes fall on days C1 gets a reminder, or within seven days of
    // one: a reminder never asks for an invoice not yet due, and courtesy is never caught up.
    #expect(scenario.levels(of: "A-2") == [1, 2, 3])
    #expect(scenario.levels(of: "A-3") == [1, 2, 3])
    // Day 7: A-1's first reminder.
    #expect(scenario.days(of: "C1").first == 7)
    // Paid, paused, disputed.
    #expect(scenario.levels(of: "P-1").isEmpty)
    #expect(scenario.days(of: "C3").allSatisfy { $0 > 60 }, "\(scenario.days(of: "C3"))")
    #expect(scenario.levels(of: "B-1").first == 1)
    #expect(scenario.levels(of: "D-1").isEmpty)
    #expect(scenario.levels(of: "D-2") == [1, 2, 3])
    // The broken promise: nothing until it is broken, then the next level.
    #expect(scenario.levels(of: "E-1") == [1, 2, 3])
    let promiseDays = scenario.days(of: "C5")
    #expect(promiseDays.first == 0)
    #expect(promiseDays.dropFirst().allSatisfy { $0 >= 14 }, "\(promiseDays)")
    // The missed instalment: its own reminder, then the arrangement breaks and dunning resumes.
    let c6 = scenario.documents.filter { $0.document.customerId == "C6" }
    #expect(c6.first?.document.kind == "instalment-reminder", "\(c6.map(\.document.kind))")
    #expect(scenario.levels(of: "F-1") == [1, 2, 3])
  }

  @Test(
    "runs after gaps of 30 and 90 days send what is due then, one level at a time",
    arguments: [30, 90])
  func gaps(every gap: Int) throws {
    let scenario = try DunningScenario()
    try scenario.importItems()
    try recordHolds(scenario)
    for day in stride(from: 0, through: 120 + gap, by: gap) {
      try scenario.run(day: day)
      #expect(try scenario.run(day: day).isEmpty)
    }
    scenario.checkInvariants()
    // Found 35 days overdue or more on its first run, an invoice still gets level 1 first.
    #expect(scenario.levels(of: "E-1").first == 1)
    #expect(scenario.levels(of: "A-1").first.map { $0 <= 1 } == true)
    #expect(scenario.levels(of: "A-1") == (gap == 30 ? [1, 2, 3] : [1, 2]))
    #expect(scenario.levels(of: "D-1").isEmpty)
  }
}
