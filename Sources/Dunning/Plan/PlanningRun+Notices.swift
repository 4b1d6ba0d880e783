import Receivables

extension PlanningRun {
  /// The customer's returned direct debits that still need a notice, by currency: those whose
  /// item is open and neither held nor in an arrangement.
  func returnedDebits(of customer: CustomerPlan) -> [Currency: [(ReturnedDirectDebit, OpenItem)]] {
    var result: [Currency: [(ReturnedDirectDebit, OpenItem)]] = [:]
    for debit in index.returnedDebits[customer.id] ?? [] {
      guard let item = customer.openItems?[debit.itemNumber],
        customer.arrangementOf[item.number] == nil, index.itemHolds[item.number] == nil,
        item.dunningHold == nil
      else { continue }
      result[item.currency, default: []].append((debit, item))
    }
    return result
  }

  /// A second-chance notice for the returned direct debits of one currency, outside the
  /// schedule and its interval; `false` when it is held for a person.
  mutating func planSecondChance(
    _ debits: [(ReturnedDirectDebit, OpenItem)], customer: CustomerPlan,
    profile: Customer, gate: [ReviewReason]
  ) -> Bool {
    let settings = policy.secondChance
    let currency = debits[0].1.currency
    let numbers = debits.map(\.1.number)
    guard
      let (channel, note) = channel(
        settings.channel, for: profile, kind: .secondChance, currency: currency,
        items: numbers, gate: gate)
    else { return false }
    let lines = debits.map { debit, item in
      DocumentLine(
        itemNumber: item.number, state: .reminded, dueDate: item.dueDate,
        daysOverdue: item.daysOverdue(on: date), openAmount: item.openAmount)
    }
    let returns = debits.map { debit, _ in
      "\(debit.itemNumber) returned on \(debit.returnedOn.iso8601)"
        + (debit.reason.map { " (\($0))" } ?? "")
    }
    documents.append(
      PlannedDocument(
        id: documentID(customer.id, currency, .secondChance), kind: .secondChance,
        customerID: customer.id, currency: currency, level: nil, levelName: nil, schedule: nil,
        template: settings.template, channel: channel, channelNote: note, isFinal: false,
        needsApproval: false, lines: lines, returnedDebits: debits.map(\.0),
        total: Self.total(of: lines, in: currency),
        explanation: "second-chance notice: direct debit for \(returns.joined(separator: ", "))"))
    return true
  }

  /// A reminder of missed arrangement instalments in one currency, outside the schedule and
  /// its interval; `false` when it is held for a person.
  mutating func planInstalmentReminder(
    _ missed: [MissedInstalment], customer: CustomerPlan, profile: Customer,
    gate: [ReviewReason]
  ) -> Bool {
    let rules = policy.arrangements
    let currency = missed[0].instalment.amount.currency
    let numbers = missed.map { "\($0.arrangementID)/\($0.instalment.number)" }
    guard
      let (channel, note) = channel(
        rules.reminder.channel, for: profile, kind: .instalmentReminder, currency: currency,
        items: numbers, gate: gate)
    else { return false }
    var total: Int64 = 0
    for entry in missed { total += entry.instalment.openAmount.minorUnits }
    let what = missed.map {
      "instalment \($0.instalment.number) of arrangement \($0.arrangementID) (due \($0.instalment.dueDate.iso8601), \($0.instalment.openAmount) open)"
    }
    documents.append(
      PlannedDocument(
        id: documentID(customer.id, currency, .instalmentReminder), kind: .instalmentReminder,
        customerID: customer.id, currency: currency, level: nil, levelName: nil, schedule: nil,
        template: rules.reminder.template, channel: channel, channelNote: note, isFinal: false,
        needsApproval: false, lines: [], instalments: missed,
        total: Money(minorUnits: total, currency: currency),
        explanation:
          "instalment reminder: \(what.joined(separator: ", ")) still unpaid more than \(rules.graceDays) days after its due date; the arrangement is broken if it stays unpaid \(rules.brokenAfterDays) days after this reminder"
      ))
    return true
  }

  /// The channel of a notice, or nil after listing it for a person (the gate's reasons, or no
  /// address the channel can use).
  private mutating func channel(
    _ wanted: DunningChannel, for profile: Customer, kind: PlannedDocument.Kind,
    currency: Currency, items: [String], gate: [ReviewReason]
  ) -> (DocumentChannel, String?)? {
    var reasons = gate
    var result: (DocumentChannel, String?)?
    switch wanted.resolve(hasEmail: profile.hasEmail, hasPostalAddress: profile.hasPostalAddress) {
    case .send(let channel, let note): result = (channel, note)
    case .unreachable(let reason): reasons.append(reason)
    }
    guard reasons.isEmpty else {
      review.append(
        ReviewEntry(
          customerID: profile.id, currency: currency, documentKind: kind, level: nil,
          itemNumbers: items, reasons: reasons))
      return nil
    }
    return result
  }
}
