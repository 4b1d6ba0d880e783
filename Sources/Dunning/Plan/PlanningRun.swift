import Receivables

/// The working state of one `DunningPlanner.plan` call: the index, and the plan as it grows
/// customer by customer.
struct PlanningRun {
  let snapshot: DunningSnapshot
  let policy: DunningPolicy
  let date: LocalDate
  let index: SnapshotIndex
  var documents: [PlannedDocument] = []
  var review: [ReviewEntry] = []
  var decisions: [ItemDecision] = []
  var changes: [HoldChange] = []

  init(snapshot: DunningSnapshot, policy: DunningPolicy, date: LocalDate) {
    self.snapshot = snapshot
    self.policy = policy
    self.date = date
    index = SnapshotIndex(snapshot, on: date)
    decisions.reserveCapacity(snapshot.items.count)
  }

  /// Plans one customer: holds first, then every item, then the documents.
  mutating func plan(customerID id: String) {
    var customer = CustomerPlan(
      id: id, profile: index.customers[id].map { snapshot.customers[$0] })
    judgeHolds(of: &customer)
    if index.returnedDebits[id] != nil { customer.openItems = [:] }
    let choice = customer.profile.map {
      policy.chooseSchedule(
        itemSchedule: nil, customerSchedule: $0.dunningPolicy, group: $0.group,
        segment: $0.segment)
    }
    let customerSchedule = choice.flatMap { $0.isDefined ? policy.index(of: $0.schedule) : nil }
    // Through a buffer, each item is borrowed where an array's subscript would copy it.
    snapshot.items.withUnsafeBufferPointer { items in
      for position in index.itemsByCustomer[id] ?? [] {
        sort(
          items[position], at: position, into: &customer, customerChoice: choice,
          customerSchedule: customerSchedule)
      }
    }
    planDocuments(for: &customer)
  }

  /// Promises and arrangements judged on the date (their changes recorded), and the
  /// customer's own pause.
  private mutating func judgeHolds(of customer: inout CustomerPlan) {
    customer.customerHold = index.customerHolds[customer.id]
    for promise in index.promises[customer.id] ?? [] {
      switch promise.standing(on: date, graceDays: policy.promises.graceDays) {
      case .running(let until):
        if customer.runningPromise.map({ until > $0.until }) ?? true {
          customer.runningPromise = (promise.id, until)
        }
      case .kept:
        changes.append(
          HoldChange(
            kind: .promiseKept, id: promise.id, customerID: customer.id,
            explanation:
              "payments reached the promised \(promise.amount) by \(promise.promisedBy.iso8601)"))
      case .broken(let paid):
        changes.append(
          HoldChange(
            kind: .promiseBroken, id: promise.id, customerID: customer.id,
            explanation:
              "\(paid) of the promised \(promise.amount) paid by \(promise.promisedBy.iso8601) plus \(policy.promises.graceDays) grace days; dunning resumes at the next level"
          ))
      }
    }
    for arrangement in index.arrangements[customer.id] ?? [] {
      switch arrangement.standing(on: date, rules: policy.arrangements) {
      case .running(let missed):
        for number in arrangement.itemNumbers { customer.arrangementOf[number] = arrangement.id }
        for instalment in missed {
          customer.books[customer.book(instalment.amount.currency)].missedInstalments.append(
            MissedInstalment(arrangementID: arrangement.id, instalment: instalment))
        }
      case .completed:
        changes.append(
          HoldChange(
            kind: .arrangementCompleted, id: arrangement.id, customerID: customer.id,
            explanation: "all \(arrangement.instalments.count) instalments are paid"))
      case .broken(let number, let remindedOn):
        changes.append(
          HoldChange(
            kind: .arrangementBroken, id: arrangement.id, customerID: customer.id,
            explanation:
              "instalment \(number) is still unpaid \(policy.arrangements.brokenAfterDays) days after its reminder of \(remindedOn.iso8601); dunning of its items resumes at the next level"
          ))
      }
    }
  }

  /// Decides one item: held, waiting, listed, or a candidate for a level now.
  private mutating func sort(
    _ entry: borrowing DunningItem, at position: Int, into customer: inout CustomerPlan,
    customerChoice: ScheduleChoice?, customerSchedule: Int?
  ) {
    let item = entry.item
    if item.kind == .creditNote {
      if !item.openAmount.isZero {
        customer.books[customer.book(item.currency)].creditNotes.append(
          .unappliedCreditNote(number: item.number, open: item.openAmount))
      }
      return
    }
    guard item.openAmount.isPositive else { return }
    customer.openItems?[item.number] = item
    let days = item.daysOverdue(on: date)
    let listable = days > 0 && item.dunningHold == nil
    func decide(_ outcome: ItemDecision.Outcome, _ choice: ScheduleChoice? = nil) {
      decisions.append(
        ItemDecision(
          itemNumber: item.number, customerID: item.customerID, currency: item.currency,
          daysOverdue: days, schedule: choice, outcome: outcome))
    }
    guard let customerChoice else {
      customer.orphans.append(item.number)
      return decide(.inReview(nil, [.unknownCustomer]))
    }
    if !customer.arrangementOf.isEmpty, let arrangementID = customer.arrangementOf[item.number] {
      if listable { customer.list(item, at: position, as: .arrangement) }
      return decide(.inArrangement(arrangementID: arrangementID))
    }
    if !index.itemHolds.isEmpty, let hold = index.itemHolds[item.number] {
      if listable {
        customer.list(
          item, at: position, as: hold.kind == .dispute ? .disputed : .paused, hold: hold)
      }
      return decide(.held(hold))
    }
    if let hold = customer.customerHold { return decide(.held(hold)) }
    if let promise = customer.runningPromise {
      return decide(.promised(promiseID: promise.id, until: promise.until))
    }
    if let reason = item.dunningHold { return decide(.notDunnable(reason)) }
    var choice = customerChoice
    var scheduleIndex = customerSchedule
    if entry.item.dunningPolicy != nil {
      choice = policy.chooseSchedule(
        itemSchedule: entry.item.dunningPolicy, customerSchedule: customer.profile?.dunningPolicy,
        group: customer.profile?.group, segment: customer.profile?.segment)
      scheduleIndex = choice.isDefined ? policy.index(of: choice.schedule) : nil
    }
    let listOpen = listable && item.mayBeDunned(on: date)
    guard let scheduleIndex else {
      if listOpen { customer.list(item, at: position, as: .open) }
      customer.unknownSchedules.append((item.number, choice))
      return decide(.inReview(nil, [.unknownSchedule(choice)]), choice)
    }
    let place = DunningPlanner.position(
      of: item, in: policy.schedules[scheduleIndex], last: entry.lastReminder, on: date)
    if case .due(let step) = place {
      let book = customer.book(item.currency)
      customer.books[book].candidates.append(
        CustomerPlan.Candidate(
          decision: decisions.count, step: step, schedule: scheduleIndex,
          line: DocumentLine(
            itemNumber: item.number, state: .reminded, dueDate: item.dueDate, daysOverdue: days,
            openAmount: item.openAmount, step: step, schedule: choice, last: entry.lastReminder)))
      customer.ask(item.openAmount, in: book)
      return decide(.notYetDue(step), choice)  // replaced when the documents are planned
    }
    if listOpen { customer.list(item, at: position, as: .open) }
    switch place {
    case .due(let step), .waiting(let step): decide(.notYetDue(step), choice)
    case .handover(let step, let agency): decide(.handoverDue(step, agency: agency), choice)
    case .finished(let level): decide(.lastLevelSent(level: level), choice)
    case .noLevel: decide(.noLevel, choice)
    }
  }
}
