public import Ledger
public import Receivables

/// Decides which overdue items get which reminder on a date, and records them as a batch.
///
/// An item moves one level at a time; each (item, level) is reminded at most once, so a
/// second run on the same day decides nothing new.
public struct DunningRun: Sendable {
  public let policy: DunningPolicy

  public init(policy: DunningPolicy) {
    self.policy = policy
  }

  /// The reminders due on `date` for `items`, given the levels already reminded.
  public func reminders(
    for items: [OpenItem], alreadyReminded: [String: Set<Int>], on date: LocalDate
  ) -> [Reminder] {
    var reminders: [Reminder] = []
    for item in items
    where item.kind == .invoice && item.openAmount.isPositive && item.mayBeDunned(on: date) {
      let done = alreadyReminded[item.number] ?? []
      let nextNumber = (done.max() ?? 0) + 1
      guard let level = policy.levels.first(where: { $0.number == nextNumber }) else { continue }
      let overdue = item.daysOverdue(on: date)
      guard overdue >= level.daysOverdue else { continue }
      guard let fee = try? level.fee.amount(in: item.currency) else { continue }
      let interest = Money.zero(item.currency)
      let basis =
        item.dueDateBasis.map { basis in
          basis.origin == .document ? "" : " (\(basis))"
        } ?? ""
      reminders.append(
        Reminder(
          itemNumber: item.number, customerID: item.customerID, level: level.number,
          levelName: level.name, remindedOn: date, daysOverdue: overdue,
          openAmount: item.openAmount, fee: fee, interest: interest, channel: level.channel,
          explanation:
            "due \(item.dueDate.iso8601)\(basis), \(overdue) days overdue on \(date.iso8601); level \(level.number) (\(level.name)) applies from \(level.daysOverdue) days; fee \(fee.decimalString) \(fee.currency.code); no interest charged at this level"
        ))
    }
    return reminders
  }

  /// Decides and records the reminders of `date` as one batch in the ledger.
  /// - Returns: the batch's id and reminders, or nil when nothing is due.
  public func record(in ledger: Ledger, on date: LocalDate, run: RunID) throws(LedgerError) -> (
    batchID: String, reminders: [Reminder]
  )? {
    let due = reminders(
      for: try ledger.openItems(), alreadyReminded: try ledger.remindedLevels(), on: date)
    guard !due.isEmpty else { return nil }
    let sameDay = try ledger.reminderBatches().filter { $0.asOf == date }.count
    let sequence = sameDay + 1
    let batchID = "\(date.iso8601)-\(sequence < 10 ? "0" : "")\(sequence)"
    let recorded = try ledger.recordReminderBatch(id: batchID, asOf: date, run: run, reminders: due)
    return recorded.isEmpty ? nil : (batchID, recorded)
  }
}
