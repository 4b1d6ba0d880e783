import Receivables

extension PlanningRun {
  /// The customer's documents, currency by currency: a second-chance notice first, then an
  /// instalment reminder, then the schedule's reminder; at most one of them per currency.
  mutating func planDocuments(for customer: inout CustomerPlan) {
    if !customer.orphans.isEmpty {
      review.append(
        ReviewEntry(
          customerID: customer.id, currency: nil, documentKind: nil, level: nil,
          itemNumbers: customer.orphans, reasons: [.unknownCustomer]))
      return
    }
    if !customer.unknownSchedules.isEmpty {
      var reasons: [ReviewReason] = []
      for entry in customer.unknownSchedules where !reasons.contains(.unknownSchedule(entry.choice))
      {
        reasons.append(.unknownSchedule(entry.choice))
      }
      review.append(
        ReviewEntry(
          customerID: customer.id, currency: nil, documentKind: nil, level: nil,
          itemNumbers: customer.unknownSchedules.map(\.item), reasons: reasons))
    }
    guard let profile = customer.profile, !customer.isBlocked else { return }
    let returned = returnedDebits(of: customer)
    for currency in returned.keys { _ = customer.book(currency) }
    let books = customer.books.filter {
      !$0.candidates.isEmpty || !$0.missedInstalments.isEmpty || returned[$0.currency] != nil
    }
    guard !books.isEmpty else { return }
    let lastDocument = index.lastDocument[customer.id]
    let hadDocumentToday = lastDocument.map { $0 >= date } ?? false
    let customerReasons = reasons(of: customer.id)
    for book in books.sorted(by: { $0.currency < $1.currency }) {
      let gate = customerReasons + book.creditNotes
      var special: PlannedDocument.Kind?
      if !hadDocumentToday, let debits = returned[book.currency] {
        if planSecondChance(debits, customer: customer, profile: profile, gate: gate) {
          special = .secondChance
        }
      }
      if !hadDocumentToday, special == nil, !book.missedInstalments.isEmpty {
        if planInstalmentReminder(
          book.missedInstalments, customer: customer, profile: profile, gate: gate)
        {
          special = .instalmentReminder
        }
      }
      planReminder(
        book, customer: customer, profile: profile, gate: gate, special: special,
        lastDocument: lastDocument, hadDocumentToday: hadDocumentToday)
    }
  }

  /// The schedule's reminder in one currency: the candidates that pass the interval, the
  /// day's other documents and the minimum amount, bundled at the highest level among them.
  private mutating func planReminder(
    _ book: CustomerPlan.Book, customer: CustomerPlan, profile: Customer,
    gate: [ReviewReason], special: PlannedDocument.Kind?, lastDocument: LocalDate?,
    hadDocumentToday: Bool
  ) {
    let currency = book.currency
    let candidates = book.candidates
    guard !candidates.isEmpty else { return }
    let asked = Money(minorUnits: book.asked, currency: currency)
    var accepted: [CustomerPlan.Candidate] = []
    var heldBack: [DocumentLine] = []
    for candidate in candidates {
      let schedule = policy.schedules[candidate.schedule]
      let step = candidate.step
      let outcome: ItemDecision.Outcome
      if hadDocumentToday {
        outcome = .otherDocumentToday(step, nil)
      } else if let last = lastDocument,
        last.adding(days: schedule.minimumDaysBetweenDocuments) > date
      {
        outcome = .interval(
          step, lastDocument: last, minimumDays: schedule.minimumDaysBetweenDocuments,
          from: last.adding(days: schedule.minimumDaysBetweenDocuments))
      } else if let special {
        outcome = .otherDocumentToday(step, special)
      } else if let minimum = schedule.minimumOpen[currency], asked < minimum {
        outcome = .belowMinimum(step, overdue: asked, minimum: minimum)
      } else {
        accepted.append(candidate)
        continue
      }
      decisions[candidate.decision].outcome = outcome
      if candidate.line.daysOverdue > 0 {
        var line = candidate.line
        line.state = .open
        line.step = nil
        heldBack.append(line)
      }
    }
    guard let top = Self.highest(accepted) else { return }
    if top.step.level > 0 {
      // A reminder after the due date never asks for an invoice that is not due yet: the
      // courtesy note of such an invoice gives way to the reminder going today.
      for candidate in accepted where candidate.step.level == 0 {
        decisions[candidate.decision].outcome = .otherDocumentToday(candidate.step, .reminder)
      }
      accepted.removeAll { $0.step.level == 0 }
    }
    let schedule = policy.schedules[top.schedule]
    guard let level = schedule.level(numbered: top.step.level) else { return }
    var reasons = gate
    var channel = DocumentChannel.letter
    var channelNote: String?
    switch level.channel.resolve(
      hasEmail: profile.hasEmail, hasPostalAddress: profile.hasPostalAddress)
    {
    case .send(let chosen, let note):
      channel = chosen
      channelNote = note
    case .unreachable(let reason):
      reasons.append(reason)
    }
    let numbers = accepted.map(\.line.itemNumber)
    if !reasons.isEmpty {
      review.append(
        ReviewEntry(
          customerID: customer.id, currency: currency, documentKind: .reminder,
          level: top.step.level, itemNumbers: numbers, reasons: reasons))
      for candidate in accepted {
        decisions[candidate.decision].outcome = .inReview(candidate.step, reasons)
      }
      return
    }
    let id = documentID(customer.id, currency, .reminder)
    let reminded = accepted.map(\.line).sorted(by: Self.lineOrder)
    let listed = book.listed.map { listing in
      let entry = snapshot.items[listing.position]
      let item = entry.item
      return DocumentLine(
        itemNumber: item.number, state: listing.state, dueDate: item.dueDate,
        daysOverdue: item.daysOverdue(on: date), openAmount: item.openAmount, hold: listing.hold,
        last: entry.lastReminder)
    }
    let others = (heldBack + listed).sorted(by: Self.lineOrder)
    let lines = reminded + others
    for candidate in accepted {
      decisions[candidate.decision].outcome = .reminded(candidate.step, documentID: id)
    }
    let explanation =
      "\(schedule.name) level \(level.number) (\(level.name)) for \(reminded.count) item\(reminded.count == 1 ? "" : "s")"
      + (others.isEmpty
        ? "" : ", \(others.count) other overdue item\(others.count == 1 ? "" : "s") listed")
      + "; by \(channel.rawValue)" + (channelNote.map { " (\($0))" } ?? "")
    documents.append(
      PlannedDocument(
        id: id, kind: .reminder, customerID: customer.id, currency: currency,
        level: level.number, levelName: level.name, schedule: schedule.name,
        template: level.template, channel: channel, channelNote: channelNote,
        isFinal: level.isFinal,
        needsApproval: accepted.contains { policy.schedules[$0.schedule].review },
        lines: lines, instalments: [], total: Self.total(of: lines, in: currency),
        explanation: explanation))
  }

  /// The candidate whose level the document takes: the highest level, then a final one, then
  /// the first schedule by name.
  static func highest(_ candidates: [CustomerPlan.Candidate]) -> CustomerPlan.Candidate? {
    candidates.min { a, b in
      if a.step.level != b.step.level { return a.step.level > b.step.level }
      return a.schedule < b.schedule
    }
  }

  static func lineOrder(_ a: DocumentLine, _ b: DocumentLine) -> Bool {
    (a.dueDate, a.itemNumber) < (b.dueDate, b.itemNumber)
  }

  /// What a document asks: its reminded and open lines.
  static func total(of lines: [DocumentLine], in currency: Currency) -> Money {
    var sum: Int64 = 0
    for line in lines where line.state == .reminded || line.state == .open {
      let (next, overflow) = sum.addingReportingOverflow(line.openAmount.minorUnits)
      sum = overflow ? .max : next
    }
    return Money(minorUnits: sum, currency: currency)
  }

  func documentID(_ customerID: String, _ currency: Currency, _ kind: PlannedDocument.Kind)
    -> String
  {
    "\(date.iso8601)/\(customerID)/\(currency.code)/\(kind.rawValue)"
  }

  /// Why no document may go to the customer today whatever its currency: money on hand that
  /// could not be placed, suggestions waiting for a person.
  func reasons(of customerID: String) -> [ReviewReason] {
    var reasons: [ReviewReason] = []
    for payment in snapshot.unplacedPayments[customerID] ?? [] where payment.date <= date {
      reasons.append(.unplacedPayment(payment))
    }
    if let count = snapshot.pendingSuggestions[customerID], count > 0 {
      reasons.append(.pendingSuggestions(count))
    }
    return reasons
  }
}
