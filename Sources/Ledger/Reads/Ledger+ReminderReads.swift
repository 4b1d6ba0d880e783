import GRDB
public import Receivables

/// A batch of reminders recorded in the ledger, and whether its files are in the outbox yet.
public struct ReminderBatchRecord: Sendable, Hashable {
  public var id: String
  public var asOf: LocalDate
  public var isWritten: Bool
}

extension Ledger {
  /// The levels each item was already reminded at, by item number.
  public func remindedLevels() throws(LedgerError) -> [String: Set<Int>] {
    try read("read reminded levels") { db in
      var levels: [String: Set<Int>] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT open_item.number, dunning_event.level FROM dunning_event
          JOIN open_item ON open_item.id = dunning_event.item_id
          """)
      {
        levels[row["number"], default: []].insert(row["level"])
      }
      return levels
    }
  }

  /// The reminders of one batch, by customer and item number.
  public func reminders(inBatch batchID: String) throws(LedgerError) -> [Reminder] {
    try read("read batch \(batchID)") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT dunning_event.*, open_item.number, open_item.customer_id FROM dunning_event
          JOIN open_item ON open_item.id = dunning_event.item_id
          WHERE batch_id = ? ORDER BY open_item.customer_id, open_item.due_date, open_item.number
          """, arguments: [batchID]
      ).map { row in
        let channel: String = row["channel"]
        guard let known = DocumentChannel(rawValue: channel) else {
          throw LedgerError(.corruptRecord, "a reminder has the channel '\(channel)'")
        }
        return Reminder(
          itemNumber: row["number"], customerID: row["customer_id"], level: row["level"],
          levelName: row["level_name"], remindedOn: try row.date("reminded_on"),
          daysOverdue: row["days_overdue"], openAmount: try row.money("open_minor"),
          fee: try row.money("fee_minor"), interest: try row.money("interest_minor"),
          channel: known, explanation: row["explanation"])
      }
    }
  }

  /// Every recorded batch, oldest first.
  public func reminderBatches() throws(LedgerError) -> [ReminderBatchRecord] {
    try read("read reminder batches") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM reminder_batch ORDER BY rowid").map { row in
        let written: String? = row["written_at"]
        return ReminderBatchRecord(
          id: row["id"], asOf: try row.date("as_of"), isWritten: written != nil)
      }
    }
  }
}
