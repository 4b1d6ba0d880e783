import Dunning
import Receivables
import Testing

struct HoldTests {
  let customers = [Book.customer("C1")]

  func snapshot(_ items: [DunningItem]? = nil) -> DunningSnapshot {
    DunningSnapshot(
      items: items ?? [Book.invoice("A-1", customer: "C1", due: Book.day(0), amount: "600.00")],
      customers: customers)
  }

  @Test("a pause holds through its last day; the next level goes the day after")
  func pauseUntil() {
    var paused = snapshot()
    paused.holds = [
      Hold(
        scope: .item("A-1"), kind: .pause, reason: "customer on holiday", since: Book.day(1),
        until: Book.day(20))
    ]
    let held = Book.plan(paused, day: 20)
    #expect(held.documents.isEmpty)
    #expect(held.decision("A-1")?.outcome.text == "paused until 2026-01-21: customer on holiday")
    #expect(Book.plan(paused, day: 21).documents.map(\.level) == [1])
  }

  @Test("a customer pause stops every document to the customer")
  func customerPause() {
    var paused = snapshot()
    paused.holds = [
      Hold(scope: .customer("C1"), kind: .pause, reason: "in talks", since: Book.day(0))
    ]
    paused.returnedDirectDebits = [
      ReturnedDirectDebit(
        itemNumber: "A-1", customerID: "C1", paymentID: "P1", returnedOn: Book.day(8))
    ]
    let plan = Book.plan(paused, day: 30)
    #expect(plan.documents.isEmpty)
    #expect(plan.decision("A-1")?.outcome.code == "paused")
    #expect(plan.decision("A-1")?.outcome.text == "paused (customer): in talks")
  }

  @Test("a disputed item is never reminded and stays listed, marked disputed")
  func dispute() throws {
    var disputed = snapshot([
      Book.invoice("A-1", customer: "C1", due: Book.day(0)),
      Book.invoice("A-2", customer: "C1", due: Book.day(0)),
    ])
    disputed.holds = [
      Hold(scope: .item("A-1"), kind: .dispute, reason: "wrong quantity", since: Book.day(2))
    ]
    let plan = Book.plan(disputed, day: 10)
    let document = try #require(plan.documents.first)
    #expect(document.lines.map(\.itemNumber) == ["A-2", "A-1"])
    #expect(document.lines.map(\.state) == [.reminded, .disputed])
    #expect(plan.reminders.map(\.itemNumber) == ["A-2"])
  }

  @Test("a running promise stops documents to the customer until its date plus grace")
  func promiseRunning() {
    var promised = snapshot()
    promised.promises = [
      PaymentPromise(
        id: "P1", customerID: "C1", amount: Book.money("600.00"), promisedBy: Book.day(20),
        madeOn: Book.day(5))
    ]
    let plan = Book.plan(promised, day: 23)
    #expect(plan.documents.isEmpty)
    #expect(plan.changes.isEmpty)
    #expect(plan.decision("A-1")?.outcome == .promised(promiseID: "P1", until: Book.day(23)))
  }

  @Test("a promise whose payments reach the amount is kept")
  func promiseKept() {
    var promised = snapshot()
    promised.promises = [
      PaymentPromise(
        id: "P1", customerID: "C1", amount: Book.money("600.00"), promisedBy: Book.day(20),
        madeOn: Book.day(5),
        payments: [
          ReceivedPayment(amount: Book.money("200.00"), date: Book.day(10)),
          ReceivedPayment(amount: Book.money("400.00"), date: Book.day(22)),
        ])
    ]
    #expect(Book.plan(promised, day: 15).changes.isEmpty)
    let plan = Book.plan(promised, day: 22)
    #expect(plan.changes.map(\.kind) == [.promiseKept])
  }

  @Test("a broken promise is recorded and dunning resumes at the next level that same run")
  func promiseBroken() throws {
    var promised = snapshot()
    promised.reminders = [Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7))]
    promised.documentDates = ["C1": [Book.day(7)]]
    promised.promises = [
      PaymentPromise(
        id: "P1", customerID: "C1", amount: Book.money("600.00"), promisedBy: Book.day(20),
        madeOn: Book.day(8),
        payments: [
          ReceivedPayment(amount: Book.money("100.00"), date: Book.day(19)),
          ReceivedPayment(amount: Book.money("500.00"), date: Book.day(30)),
        ])
    ]
    let plan = Book.plan(promised, day: 24)
    #expect(plan.changes.map(\.kind) == [.promiseBroken])
    #expect(plan.changes[0].explanation.hasPrefix("100.00 EUR of the promised 600.00 EUR"))
    #expect(plan.documents.map(\.level) == [2])
  }

  @Test("an arrangement keeps its items out of the schedule")
  func arrangementHolds() throws {
    var arranged = snapshot()
    arranged.arrangements = [try arrangement(firstDue: 10)]
    let plan = Book.plan(arranged, day: 12)
    #expect(plan.documents.isEmpty)
    #expect(plan.decision("A-1")?.outcome == .inArrangement(arrangementID: "7"))
  }

  @Test("a missed instalment gets its own reminder, outside the schedule and its interval")
  func missedInstalment() throws {
    var arranged = snapshot()
    arranged.documentDates = ["C1": [Book.day(12)]]
    arranged.arrangements = [try arrangement(firstDue: 10)]
    #expect(Book.plan(arranged, day: 13).documents.isEmpty)  // within 3 grace days
    let plan = Book.plan(arranged, day: 14)
    let document = try #require(plan.documents.first)
    #expect(document.kind == .instalmentReminder)
    #expect(document.template == "instalment-reminder")
    #expect(document.instalments.map(\.instalment.number) == [1])
    #expect(document.total == Book.money("200.00"))
    #expect(document.instalments[0].instalment.reference.value.hasPrefix("RF"))
    #expect(document.reminders(on: Book.day(14)).isEmpty)
  }

  @Test("an instalment unpaid 14 days after its reminder breaks the arrangement; dunning resumes")
  func arrangementBroken() throws {
    var arranged = snapshot()
    arranged.reminders = [Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7))]
    var terms = try arrangement(firstDue: 10)
    terms.instalments[0].remindedOn = Book.day(14)
    arranged.arrangements = [terms]
    #expect(Book.plan(arranged, day: 27).changes.isEmpty)
    let plan = Book.plan(arranged, day: 28)
    #expect(plan.changes.map(\.kind) == [.arrangementBroken])
    #expect(plan.documents.map(\.level) == [2])
    #expect(plan.documents.map(\.kind) == [.reminder])
  }

  @Test("an arrangement whose instalments are all paid is completed")
  func arrangementCompleted() throws {
    var arranged = snapshot()
    var terms = try arrangement(firstDue: 10)
    for index in terms.instalments.indices {
      terms.instalments[index].paid = terms.instalments[index].amount
    }
    arranged.arrangements = [terms]
    #expect(Book.plan(arranged, day: 70).changes.map(\.kind) == [.arrangementCompleted])
  }

  @Test("a returned direct debit gets a second-chance notice in the next run, outside the interval")
  func secondChance() throws {
    var returned = snapshot()
    returned.documentDates = ["C1": [Book.day(8)]]
    returned.reminders = [Book.sent("A-1", customer: "C1", level: 0, on: Book.day(-3))]
    returned.returnedDirectDebits = [
      ReturnedDirectDebit(
        itemNumber: "A-1", customerID: "C1", paymentID: "P1", returnedOn: Book.day(9),
        reason: "MD06")
    ]
    let plan = Book.plan(returned, day: 10)
    #expect(plan.documents.map(\.kind) == [.secondChance])
    let document = plan.documents[0]
    #expect(document.template == "second-chance")
    #expect(document.returnedDebits.map(\.paymentID) == ["P1"])
    #expect(document.explanation.contains("A-1 returned on 2026-01-10 (MD06)"))
    #expect(plan.reminders.isEmpty)
    // Level 1 was due too (day 7); it waits: the notice is today's document.
    #expect(plan.decision("A-1")?.outcome.code == "interval")
  }

  func arrangement(firstDue day: Int) throws -> PaymentArrangement {
    PaymentArrangement(
      id: "7", customerID: "C1", itemNumbers: ["A-1"],
      instalments: try PaymentArrangement.instalments(
        total: Book.money("600.00"), count: 3, first: Book.day(day), every: .month,
        arrangementID: "7"))
  }
}
