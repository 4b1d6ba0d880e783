import Dunning
import Receivables
import Testing

/// Never skip, always catch up: which level an item gets on a date.
struct LevelTests {
  let b2b = Book.customer("C1")
  let b2c = Book.customer("C2", segment: .consumer)

  func snapshot(
    _ item: DunningItem, customer: Customer? = nil, reminders: [Reminder] = [],
    documents: [LocalDate] = []
  ) -> DunningSnapshot {
    let customer = customer ?? b2b
    return DunningSnapshot(
      items: [item], customers: [customer], reminders: reminders,
      documentDates: documents.isEmpty ? [:] : [customer.id: documents])
  }

  @Test("an item found 90 days overdue on its first run gets level 1, not the final notice")
  func firstRunLongOverdue() throws {
    let plan = Book.plan(snapshot(Book.invoice("A-1", customer: "C1", due: Book.day(0))), day: 90)
    let document = try #require(plan.documents.first)
    #expect(document.level == 1)
    #expect(document.levelName == "reminder")
    #expect(plan.decision("A-1")?.outcome.step?.level == 1)
    #expect(plan.decision("A-1")?.explanation.contains("90 days overdue") == true)
  }

  @Test(
    "the courtesy reminder goes only in its window before the due date",
    arguments: [(-5, nil), (-3, 0), (-1, 0), (0, nil), (6, nil), (7, 1)] as [(Int, Int?)])
  func courtesyWindow(day: Int, level: Int?) {
    let plan = Book.plan(snapshot(Book.invoice("A-1", customer: "C1", due: Book.day(0))), day: day)
    #expect(plan.documents.first?.level == level)
  }

  @Test("a B2C item has no courtesy reminder")
  func consumerNoCourtesy() throws {
    let plan = Book.plan(
      snapshot(Book.invoice("A-1", customer: "C2", due: Book.day(0)), customer: b2c), day: -3)
    #expect(plan.documents.isEmpty)
    let decision = try #require(plan.decision("A-1"))
    #expect(decision.outcome.code == "not-yet-due")
    #expect(decision.outcome.step?.level == 1)
    #expect(decision.outcome.step?.dueFrom == Book.day(7))
    #expect(decision.schedule?.description == "schedule b2c: the customer's segment is B2C")
  }

  @Test("the next level after a late one keeps the gap between the two levels' days")
  func spacing() throws {
    let item = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    let late = [Book.sent("A-1", customer: "C1", level: 1, on: Book.day(20))]
    let waiting = Book.plan(snapshot(item, reminders: late, documents: [Book.day(20)]), day: 30)
    let step = try #require(waiting.decision("A-1")?.outcome.step)
    #expect(waiting.documents.isEmpty)
    #expect(step.level == 2)
    #expect(step.dueFrom == Book.day(34))
    #expect(step.condition == .spacing(days: 14, previous: 1, sentOn: Book.day(20)))
    let due = Book.plan(snapshot(item, reminders: late, documents: [Book.day(20)]), day: 34)
    #expect(due.documents.first?.level == 2)
  }

  @Test("a run after a gap sends the next level once, whatever else is overdue")
  func catchUpOneLevel() {
    let item = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    let history = [
      Book.sent("A-1", customer: "C1", level: 0, on: Book.day(-3)),
      Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7)),
    ]
    let plan = Book.plan(snapshot(item, reminders: history, documents: [Book.day(7)]), day: 200)
    #expect(plan.documents.map(\.level) == [2])
  }

  @Test("after the final notice nothing follows, and the item is listed as open")
  func afterFinal() throws {
    let items = [
      Book.invoice("A-1", customer: "C1", due: Book.day(0)),
      Book.invoice("A-2", customer: "C1", due: Book.day(60)),
    ]
    let history = (1...3).map { Book.sent("A-1", customer: "C1", level: $0, on: Book.day($0 * 14)) }
    let plan = Book.plan(
      DunningSnapshot(
        items: items, customers: [b2b], reminders: history,
        documentDates: ["C1": [Book.day(42)]]), day: 67)
    #expect(plan.decision("A-1")?.outcome == .lastLevelSent(level: 3))
    let document = try #require(plan.documents.first)
    #expect(document.lines.map(\.itemNumber) == ["A-2", "A-1"])
    #expect(document.lines.map(\.state) == [.reminded, .open])
    #expect(document.total == Book.money("200.00"))
  }

  @Test("grace days move every level after the due date, not the courtesy reminder")
  func grace() {
    let policy = Book.policy(
      """
      schedules:
        s:
          graceDays: 2
          levels:
            - { name: courtesy, days: -3 }
            - { name: reminder, days: 7 }
      """)
    let item = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    #expect(Book.plan(snapshot(item), day: -3, policy: policy).documents.count == 1)
    #expect(Book.plan(snapshot(item), day: 8, policy: policy).documents.isEmpty)
    #expect(Book.plan(snapshot(item), day: 9, policy: policy).documents.first?.level == 1)
  }

  @Test("afterPrevious counts from the day the previous level was sent")
  func afterPrevious() throws {
    let policy = Book.policy(
      """
      schedules:
        s:
          levels:
            - { name: reminder, days: 7 }
            - { name: second, afterPrevious: 10 }
      """)
    let item = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    let history = [Book.sent("A-1", customer: "C1", level: 1, on: Book.day(12))]
    let before = Book.plan(snapshot(item, reminders: history), day: 21, policy: policy)
    #expect(before.documents.isEmpty)
    #expect(before.decision("A-1")?.outcome.step?.dueFrom == Book.day(22))
    let due = Book.plan(snapshot(item, reminders: history), day: 22, policy: policy)
    #expect(due.documents.first?.level == 2)
  }

  @Test("nothing goes before dunnableFrom, and an item never to be dunned is left alone")
  func dunnability() {
    var debit = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    debit.item.dunnableFrom = Book.day(12)
    #expect(Book.plan(snapshot(debit), day: -3).documents.isEmpty)
    #expect(Book.plan(snapshot(debit), day: 11).documents.isEmpty)
    #expect(Book.plan(snapshot(debit), day: 12).documents.first?.level == 1)
    var info = Book.invoice("A-2", customer: "C1", due: Book.day(0))
    info.item.dunningHold = "accounting information only"
    let plan = Book.plan(snapshot(info), day: 30)
    #expect(plan.documents.isEmpty)
    #expect(plan.decision("A-2")?.outcome == .notDunnable("accounting information only"))
  }

  @Test("paid items and credit notes get no reminder")
  func paid() {
    let plan = Book.plan(
      DunningSnapshot(
        items: [Book.invoice("A-1", customer: "C1", due: Book.day(0), open: "0.00")],
        customers: [b2b]), day: 30)
    #expect(plan.documents.isEmpty)
    #expect(plan.decisions.isEmpty)
  }

  @Test("a handover level is not a document: the item is marked for the collection work")
  func handover() {
    let policy = Book.policy(
      """
      schedules:
        s:
          levels:
            - { name: reminder, days: 7 }
            - { name: agency, days: 50, handover: incasso }
      """)
    let item = Book.invoice("A-1", customer: "C1", due: Book.day(0))
    let history = [Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7))]
    let plan = Book.plan(snapshot(item, reminders: history), day: 60, policy: policy)
    #expect(plan.documents.isEmpty)
    #expect(plan.decision("A-1")?.outcome.code == "handover-due")
  }
}
