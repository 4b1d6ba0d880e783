import Dunning
import Receivables
import Testing

struct BundlingTests {
  @Test("one document per customer and currency, at the highest level, listing the rest")
  func bundle() throws {
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(0), amount: "300.00"),
        Book.invoice("A-2", customer: "C1", due: Book.day(20), amount: "200.00"),
        Book.invoice("A-3", customer: "C1", due: Book.day(24), amount: "50.00"),
        Book.invoice("A-4", customer: "C1", due: Book.day(5), amount: "70.00"),
        Book.invoice("A-5", customer: "C1", due: Book.day(5), amount: "80.00"),
        Book.invoice("U-1", customer: "C1", due: Book.day(0), amount: "99.00", currency: "USD"),
      ],
      customers: [Book.customer("C1")],
      reminders: [
        Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7)),
        Book.sent("A-3", customer: "C1", level: 0, on: Book.day(14)),
      ],
      documentDates: ["C1": [Book.day(7), Book.day(14)]],
      holds: [
        Hold(scope: .item("A-4"), kind: .dispute, reason: "goods damaged", since: Book.day(6)),
        Hold(
          scope: .item("A-5"), kind: .pause, reason: "waiting for a credit note",
          since: Book.day(6), until: Book.day(40)),
      ])
    let plan = Book.plan(snapshot, day: 27)
    #expect(plan.documents.map(\.currency.code) == ["EUR", "USD"])
    let euro = plan.documents[0]
    #expect(euro.level == 2)
    #expect(euro.levelName == "second-reminder")
    #expect(euro.lines.map(\.itemNumber) == ["A-1", "A-2", "A-4", "A-5", "A-3"])
    #expect(euro.lines.map(\.state) == [.reminded, .reminded, .disputed, .paused, .open])
    #expect(euro.lines.map { $0.step?.level } == [2, 1, nil, nil, nil])
    // Asked: the reminded and open lines; the disputed and paused ones are shown, not asked.
    #expect(euro.total == Book.money("550.00"))
    #expect(euro.lines[2].explanation.contains("disputed since 2026-01-07: goods damaged"))
    // A-3 is 3 days overdue: its level 1 waits for day 31, and it is listed as open.
    #expect(plan.decision("A-3")?.outcome.code == "not-yet-due")
    #expect(plan.decision("A-3")?.outcome.step?.dueFrom == Book.day(31))
    let dollar = plan.documents[1]
    #expect(dollar.level == 1)
    #expect(dollar.total == Book.money("99.00", "USD"))
    let reminders = plan.reminders
    #expect(reminders.map(\.itemNumber) == ["A-1", "A-2", "U-1"])
    #expect(reminders.map(\.level) == [2, 1, 1])
    #expect(reminders.allSatisfy { $0.remindedOn == Book.day(27) && $0.fee.isZero })
  }

  @Test("the minimum days between documents hold across levels, the courtesy reminder included")
  func interval() throws {
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(10)),
        Book.invoice("A-2", customer: "C1", due: Book.day(-5)),
      ],
      customers: [Book.customer("C1")],
      reminders: [Book.sent("A-1", customer: "C1", level: 0, on: Book.day(7))],
      documentDates: ["C1": [Book.day(7)]])
    let held = Book.plan(snapshot, day: 9)
    #expect(held.documents.isEmpty)
    let decision = try #require(held.decision("A-2"))
    guard case .interval(let step, let last, let days, let from) = decision.outcome else {
      Issue.record("expected an interval decision, got \(decision.outcome)")
      return
    }
    #expect((step.level, last, days, from) == (1, Book.day(7), 7, Book.day(14)))
    #expect(decision.explanation.contains("held back to 2026-01-15"))
    #expect(Book.plan(snapshot, day: 14).documents.map(\.level) == [1])
  }

  @Test("a second run on the same day adds nothing")
  func sameDay() {
    var ledger = ScenarioLedger(
      snapshot: DunningSnapshot(
        items: [
          Book.invoice("A-1", customer: "C1", due: Book.day(0)),
          Book.invoice("A-2", customer: "C1", due: Book.day(3)),
        ],
        customers: [Book.customer("C1")]),
      policy: Book.shippedPolicy)
    #expect(ledger.run(day: 30).documents.count == 1)
    let again = ledger.run(day: 30)
    #expect(again.documents.isEmpty)
    #expect(again.decisions.map(\.outcome.code) == ["not-yet-due", "not-yet-due"])
    // An item imported later that day waits for the next day the interval allows.
    ledger.snapshot.items.append(Book.invoice("A-3", customer: "C1", due: Book.day(1)))
    let third = ledger.run(day: 30)
    #expect(third.documents.isEmpty)
    #expect(third.decision("A-3")?.outcome.code == "other-document-today")
  }

  @Test("the minimum open amount is summed per customer and currency")
  func minimum() {
    let small = DunningSnapshot(
      items: [
        Book.invoice("A-1", customer: "C1", due: Book.day(0), amount: "3.00"),
        Book.invoice("U-1", customer: "C1", due: Book.day(0), amount: "3.00", currency: "USD"),
        Book.invoice("K-1", customer: "C1", due: Book.day(0), amount: "3", currency: "JPY"),
      ],
      customers: [Book.customer("C1")])
    let plan = Book.plan(small, day: 10)
    // JPY has no minimum in the shipped policy.
    #expect(plan.documents.map(\.currency.code) == ["JPY"])
    #expect(
      plan.decision("A-1")?.outcome.text.hasSuffix(
        "not sent: the customer's overdue EUR items come to 3.00, below the schedule's minimum of 5.00"
      )
        == true)
    var enough = small
    enough.items.append(Book.invoice("A-2", customer: "C1", due: Book.day(-30), amount: "2.00"))
    #expect(Book.plan(enough, day: 10).documents.map(\.currency.code) == ["EUR", "JPY"])
  }

  @Test("a schedule with review: true plans its documents for approval")
  func approval() {
    let policy = Book.policy(
      """
      schedules:
        s:
          review: true
          levels: [{ name: reminder, days: 7, channel: email-or-letter }]
      """)
    let snapshot = DunningSnapshot(
      items: [Book.invoice("A-1", customer: "C1", due: Book.day(0))],
      customers: [Book.customer("C1")])
    let plan = Book.plan(snapshot, day: 7, policy: policy)
    #expect(plan.documents.map(\.needsApproval) == [true])
    #expect(plan.text().contains("[needs approval]"))
  }
}
