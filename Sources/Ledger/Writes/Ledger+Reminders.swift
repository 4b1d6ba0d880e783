import GRDB
public import Receivables

extension Ledger {
  /// Records a batch of reminders in one transaction, before any letter is written, so that a
  /// crash between this commit and the letters leaves a batch the next run writes again.
  /// Reminders for an (item, level) already reminded are skipped.
  /// - Returns: the reminders actually recorded.
  public func recordReminderBatch(
    id batchID: String, asOf date: LocalDate, run: RunID, reminders: [Reminder]
  ) throws(LedgerError) -> [Reminder] {
    try write("record reminder batch \(batchID)") { db in
      var recorded: [Reminder] = []
      for reminder in reminders {
        guard
          let itemID = try Int64.fetchOne(
            db, sql: "SELECT id FROM open_item WHERE number = ?", arguments: [reminder.itemNumber])
        else {
          throw LedgerError(.unknownRecord, "item \(reminder.itemNumber) is not in the ledger")
        }
        let already =
          try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM dunning_event WHERE item_id = ? AND level = ?)",
            arguments: [itemID, reminder.level]) ?? false
        if already { continue }
        if recorded.isEmpty {
          try db.execute(
            sql: "INSERT INTO reminder_batch (id, as_of, run_id) VALUES (?, ?, ?)",
            arguments: [batchID, date.iso8601, run.rawValue])
        }
        try db.execute(
          sql: """
            INSERT INTO dunning_event (item_id, level, level_name, batch_id, reminded_on,
              days_overdue, currency, open_minor, fee_minor, interest_minor, channel, explanation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            itemID, reminder.level, reminder.levelName, batchID, reminder.remindedOn.iso8601,
            reminder.daysOverdue, reminder.openAmount.currency.code, reminder.openAmount.minorUnits,
            reminder.fee.minorUnits, reminder.interest.minorUnits, reminder.channel.rawValue,
            reminder.explanation,
          ])
        try HistoryEntry(
          event: .reminded, amount: nil,
          detail:
            "level \(reminder.level) (\(reminder.levelName)) in batch \(batchID): \(reminder.explanation)"
        ).append(to: itemID, on: date, runID: run.rawValue, db)
        recorded.append(reminder)
      }
      return recorded
    }
  }

  /// Marks a batch's files as written to the outbox.
  public func markBatchWritten(_ batchID: String) throws(LedgerError) {
    try write("mark batch \(batchID) written") { db in
      try db.execute(
        sql: "UPDATE reminder_batch SET written_at = ? WHERE id = ?",
        arguments: [Ledger.timestamp(), batchID])
    }
  }
}
