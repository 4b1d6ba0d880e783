import Dunning
import Receivables
import Testing

/// Drives the planner over 120 days of the scenario book, as the ledger would, daily and with
/// gaps of 30 and 90 days.
struct ScenarioTests {
  /// Runs the book every `step` days from day 0 to 119, twice a day: the second run must add
  /// nothing.
  func drive(every step: Int) -> ScenarioLedger {
    var ledger = ScenarioBook.ledger()
    for day in stride(from: 0, to: 120, by: step) {
      ledger.run(day: day)
      let again = ledger.run(day: day)
      #expect(
        again.documents.isEmpty, "a second run on day \(day) sent \(again.documents.map(\.id))")
      #expect(again.changes.isEmpty, "a second run on day \(day) changed \(again.changes)")
    }
    checkInvariants(ledger)
    return ledger
  }

  /// What holds whatever the step: no level skipped or repeated, one document per customer,
  /// currency and day, the minimum interval before every schedule document.
  func checkInvariants(_ ledger: ScenarioLedger) {
    for item in ledger.snapshot.items {
      let levels = ledger.levels(of: item.number).map(\.level)
      guard let first = levels.first else { continue }
      #expect(first <= 1, "\(item.number) started at level \(first)")
      #expect(
        levels == Array(first..<(first + levels.count)), "\(item.number) went \(levels)")
    }
    var seen: Set<String> = []
    for entry in ledger.sent {
      let key = "\(entry.document.customerID)/\(entry.document.currency.code)/\(entry.date)"
      #expect(seen.insert(key).inserted, "two documents for \(key)")
    }
    for customer in ledger.snapshot.customers {
      let documents = ledger.documents(to: customer.id)
      for document in documents where document.document.kind == .reminder {
        for earlier in documents where earlier.date < document.date {
          #expect(
            earlier.date.days(until: document.date) >= 7,
            "\(customer.id): \(document.document.id) only \(earlier.date.days(until: document.date)) days after \(earlier.document.id)"
          )
        }
      }
    }
  }

  func days(_ ledger: ScenarioLedger, of item: String) -> [Int] {
    ledger.levels(of: item).map { Book.day(0).days(until: $0.date) }
  }

  func documentDays(_ ledger: ScenarioLedger, to customer: String) -> [Int] {
    ledger.documents(to: customer).map { Book.day(0).days(until: $0.date) }
  }

  @Test("daily runs over 120 days: every level in turn, bundled, spaced, and nothing twice")
  func daily() throws {
    let ledger = drive(every: 1)
    // C1: courtesy for I1 on day 7; on day 17 one document: I1 at level 1. I2's courtesy note
    // gives way: a reminder never asks for an invoice that is not due yet.
    #expect(ledger.levels(of: "I1").map(\.level) == [0, 1, 2, 3])
    #expect(days(ledger, of: "I1").prefix(2) == [7, 17])
    let day17 = try #require(ledger.documents(to: "C1").first { $0.date == Book.day(17) })
    #expect(day17.document.level == 1)
    #expect(day17.document.lines.compactMap { $0.step?.level } == [1])
    #expect(ledger.levels(of: "I2").first?.level == 1)
    // I3's courtesy window (days 57–59) falls inside the 7 days after C1's document of day 55:
    // the courtesy reminder is the one level that lapses; level 1 follows on day 67.
    #expect(ledger.levels(of: "I3").map(\.level) == [1, 2, 3])
    #expect(days(ledger, of: "I3") == [67, 81, 95])
    #expect(documentDays(ledger, to: "C1") == [7, 17, 27, 34, 41, 48, 55, 67, 81, 95])

    // C2 pays on day 30: nothing for I4 from then on.
    #expect(days(ledger, of: "I4").allSatisfy { $0 < 30 })
    #expect(ledger.documents(to: "C2").allSatisfy { $0.document.channel == .letter })

    // C3: I5 paused days 10–40, reminded again on day 41; I6 disputed throughout.
    #expect(days(ledger, of: "I5").filter { (10...40).contains($0) }.isEmpty)
    #expect(days(ledger, of: "I5").prefix(2) == [7, 41])
    #expect(ledger.levels(of: "I6").isEmpty)
    #expect(
      ledger.documents(to: "C3").allSatisfy { sent in
        sent.document.lines.contains { $0.itemNumber == "I6" && $0.state == .disputed }
      })

    // C4 promises on day 8 to pay by day 25 and does not: nothing through day 28, then the
    // broken promise is recorded and level 2 follows on day 29.
    #expect(documentDays(ledger, to: "C4").prefix(2) == [7, 29])
    #expect(ledger.changes.filter { $0.change.id == "P4" }.map(\.date) == [Book.day(29)])
    #expect(ledger.changes.first { $0.change.id == "P4" }?.change.kind == .promiseBroken)
    #expect(ledger.levels(of: "I7").map(\.level).prefix(2) == [1, 2])

    // C5 keeps its promise on day 18: nothing after day 7.
    #expect(documentDays(ledger, to: "C5") == [7])
    #expect(ledger.changes.first { $0.change.id == "P5" }?.change.kind == .promiseKept)
    #expect(ledger.changes.first { $0.change.id == "P5" }?.date == Book.day(18))

    // C6: level 1 on day 0; instalment 2 (due day 46) missed and reminded on day 50; still
    // unpaid 14 days later: broken on day 64, and both items get level 2 that day.
    let c6 = ledger.documents(to: "C6")
    #expect(c6.map(\.document.kind).prefix(3) == [.reminder, .instalmentReminder, .reminder])
    #expect(documentDays(ledger, to: "C6").prefix(3) == [0, 50, 64])
    #expect(c6[1].document.instalments.map(\.instalment.number) == [2])
    #expect(ledger.changes.first { $0.change.id == "6" }?.date == Book.day(64))
    #expect(ledger.changes.first { $0.change.id == "6" }?.change.kind == .arrangementBroken)
    #expect(c6[2].document.lines.compactMap { $0.step?.level } == [2, 2])
    #expect(ledger.levels(of: "I9").map(\.level) == [1, 2, 3])

    // C7: the returned debit gets its second-chance notice on day 16; level 1 waits the
    // interval and goes on day 23.
    #expect(
      ledger.documents(to: "C7").map(\.document.kind).prefix(2) == [.secondChance, .reminder])
    #expect(documentDays(ledger, to: "C7").prefix(2) == [16, 23])

    // C8: euros and dollars, two documents on day 7.
    #expect(
      ledger.documents(to: "C8").filter { $0.date == Book.day(7) }.map(\.document.currency.code)
        == ["EUR", "USD"])

    // C9: listed for a person while the payment was unplaced, never reminded.
    #expect(ledger.documents(to: "C9").isEmpty)
    let listed = ledger.plans.filter { plan in plan.review.contains { $0.customerID == "C9" } }
    #expect(listed.map { Book.day(0).days(until: $0.asOf) }.min() == 7)
    #expect(listed.map { Book.day(0).days(until: $0.asOf) }.max() == 19)

    // C10: 90 days overdue on the first run gets level 1.
    #expect(ledger.levels(of: "I15").map(\.level) == [1, 2, 3])
    #expect(days(ledger, of: "I15") == [0, 14, 28])
  }

  @Test("runs every 30 days catch up one level at a time")
  func every30Days() {
    let ledger = drive(every: 30)
    #expect(ledger.levels(of: "I1").map(\.level) == [1, 2, 3])
    #expect(days(ledger, of: "I1") == [30, 60, 90])
    // The broken promise is found on day 30 and dunning resumes that day.
    #expect(ledger.changes.first { $0.change.id == "P4" }?.date == Book.day(30))
    #expect(days(ledger, of: "I7") == [30, 60, 90])
    // Instalment 2 is reminded on day 60, the arrangement broken on day 90.
    #expect(documentDays(ledger, to: "C6") == [0, 60, 90])
    #expect(ledger.changes.first { $0.change.id == "6" }?.date == Book.day(90))
    // The returned debit of day 16 gets its notice in the next run; level 1 waits.
    #expect(
      ledger.documents(to: "C7").map(\.document.kind) == [.secondChance, .reminder, .reminder])
    #expect(documentDays(ledger, to: "C7") == [30, 60, 90])
    #expect(ledger.levels(of: "I4").isEmpty)  // paid before the first run it was due in
  }

  @Test("runs 90 days apart send what is due then, once, never the final notice first")
  func every90Days() {
    let ledger = drive(every: 90)
    #expect(ledger.levels(of: "I1").map(\.level) == [1])
    #expect(ledger.levels(of: "I3").map(\.level) == [1])
    #expect(ledger.levels(of: "I15").map(\.level) == [1, 2])
    #expect(ledger.documents(to: "C1").count == 1)
    #expect(ledger.documents(to: "C1")[0].document.level == 1)
  }
}
