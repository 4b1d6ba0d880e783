import Dunning
import Receivables

/// Plays the ledger in scenario tests: runs the planner on a date, records what the plan
/// sends (history, document dates, noticed debits, reminded instalments, state changes) and
/// keeps every document for the assertions.
struct ScenarioLedger {
  /// A document that went out, with its date.
  struct Sent {
    var date: LocalDate
    var document: PlannedDocument
  }

  var snapshot: DunningSnapshot
  let policy: DunningPolicy
  var sent: [Sent] = []
  var changes: [(date: LocalDate, change: HoldChange)] = []
  var plans: [DunningPlan] = []
  /// Things that happen on a scenario day (payments, holds), applied before that day's run or
  /// before the first run after it.
  var events: [(day: Int, apply: (inout DunningSnapshot) -> Void)] = []
  private var applied = 0

  init(snapshot: DunningSnapshot, policy: DunningPolicy) {
    self.snapshot = snapshot
    self.policy = policy
  }

  mutating func on(_ day: Int, _ apply: @escaping (inout DunningSnapshot) -> Void) {
    events.append((day, apply))
    events.sort { $0.day < $1.day }
  }

  /// Applies the events up to `day`, plans, and records the plan; returns the plan.
  @discardableResult
  mutating func run(day: Int) -> DunningPlan {
    while applied < events.count, events[applied].day <= day {
      events[applied].apply(&snapshot)
      applied += 1
    }
    let date = Book.day(day)
    let plan = DunningPlanner.plan(snapshot: snapshot, policy: policy, on: date)
    record(plan)
    plans.append(plan)
    return plan
  }

  /// What the ledger records of a plan.
  mutating func record(_ plan: DunningPlan) {
    let date = plan.asOf
    for document in plan.documents {
      sent.append(Sent(date: date, document: document))
      snapshot.addHistory(document.reminders(on: date))
      snapshot.documentDates[document.customerID, default: []].append(date)
      let noticed = Set(document.returnedDebits.map(\.paymentID))
      snapshot.returnedDirectDebits.removeAll { noticed.contains($0.paymentID) }
      for missed in document.instalments {
        for (a, arrangement) in snapshot.arrangements.enumerated()
        where arrangement.id == missed.arrangementID {
          for (i, instalment) in arrangement.instalments.enumerated()
          where instalment.number == missed.instalment.number {
            snapshot.arrangements[a].instalments[i].remindedOn = date
          }
        }
      }
    }
    for change in plan.changes {
      changes.append((date, change))
      switch change.kind {
      case .promiseKept, .promiseBroken:
        for index in snapshot.promises.indices where snapshot.promises[index].id == change.id {
          snapshot.promises[index].state = change.kind == .promiseKept ? .kept : .broken
        }
      case .arrangementCompleted, .arrangementBroken:
        for index in snapshot.arrangements.indices
        where snapshot.arrangements[index].id == change.id {
          snapshot.arrangements[index].state =
            change.kind == .arrangementCompleted ? .completed : .broken
        }
      }
    }
  }

  /// Every level an item was sent, in order, with the day.
  func levels(of item: String) -> [(date: LocalDate, level: Int)] {
    sent.flatMap { entry in
      entry.document.lines.compactMap { line in
        line.itemNumber == item && line.step != nil ? (entry.date, line.step!.level) : nil
      }
    }
  }

  /// The documents that went to a customer.
  func documents(to customer: String) -> [Sent] {
    sent.filter { $0.document.customerID == customer }
  }

  /// Lowers an item's open amount by a payment.
  static func pay(_ item: String, _ amount: String, in snapshot: inout DunningSnapshot) {
    for index in snapshot.items.indices where snapshot.items[index].number == item {
      let open = snapshot.items[index].item.openAmount
      let paid = Book.money(amount, open.currency.code)
      snapshot.items[index].item.openAmount = Money(
        minorUnits: open.minorUnits - paid.minorUnits, currency: open.currency)
    }
  }
}
