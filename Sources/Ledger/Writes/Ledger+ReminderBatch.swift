import GRDB
public import Receivables

extension Ledger {
  /// Records a batch whose files are already in the outbox, in one transaction: the batch, each
  /// document (written or failed), the reminders of the written ones with the items' history,
  /// the instalments reminded, the returned debits answered, the letter references that stand
  /// for several items, and the promise and arrangement states the run changed.
  ///
  /// Recording a batch the ledger already holds changes nothing, so recovering a batch folder
  /// after a crash can call it again safely.
  /// - Returns: false when the batch was recorded before.
  /// - Throws: `LedgerError` `unknownRecord` for a document naming an item the ledger does not
  ///   hold; nothing is recorded then.
  @discardableResult
  public func record(_ batch: ReminderBatch, run: RunID?) throws(LedgerError) -> Bool {
    try write("record reminder batch \(batch.id)") { db in
      let known =
        try String.fetchOne(
          db, sql: "SELECT state FROM reminder_batch WHERE id = ?", arguments: [batch.id])
      if known == "written" { return false }
      if known == nil {
        try db.execute(
          sql: """
            INSERT INTO reminder_batch (id, as_of, run_id, written_at, state)
            VALUES (?, ?, ?, ?, 'written')
            """,
          arguments: [batch.id, batch.asOf.iso8601, run?.rawValue, Ledger.timestamp()])
      } else {
        try db.execute(
          sql: "UPDATE reminder_batch SET state = 'written', written_at = ? WHERE id = ?",
          arguments: [Ledger.timestamp(), batch.id])
      }
      for document in batch.documents {
        try BatchRecording(db: db, batch: batch, run: run).record(document)
      }
      for change in batch.changes {
        try Self.record(change, on: batch.asOf, db)
      }
      if let approved = batch.approves {
        try db.execute(
          sql:
            "UPDATE reminder_batch SET state = 'approved' WHERE id = ? AND state = 'awaiting-approval'",
          arguments: [approved])
      }
      return true
    }
  }

  /// Records the promise and arrangement states a run found changed, when the run sent no
  /// documents.
  public func record(_ changes: [HoldChange], on date: LocalDate) throws(LedgerError) {
    guard !changes.isEmpty else { return }
    try write("record promise and arrangement changes") { db in
      for change in changes { try Self.record(change, on: date, db) }
    }
  }

  static func record(_ change: HoldChange, on date: LocalDate, _ db: Database) throws {
    guard let id = Int64(change.id) else {
      throw LedgerError(.unknownRecord, "there is no promise or arrangement \(change.id)")
    }
    let (table, state) =
      switch change.kind {
      case .promiseKept: ("payment_promise", "kept")
      case .promiseBroken: ("payment_promise", "broken")
      case .arrangementCompleted: ("payment_arrangement", "completed")
      case .arrangementBroken: ("payment_arrangement", "broken")
      }
    try db.execute(
      sql: """
        UPDATE \(table) SET state = ?, settled_on = ?, settlement = ?
        WHERE id = ? AND state = 'active'
        """,
      arguments: [state, date.iso8601, change.explanation, id])
  }
}

/// The writes of one batch's documents inside its transaction.
private struct BatchRecording {
  let db: Database
  let batch: ReminderBatch
  let run: RunID?

  func record(_ document: DunningDocument) throws {
    try db.execute(
      sql: """
        INSERT INTO dunning_document (batch_id, plan_id, customer_id, kind, level, level_name,
          channel, currency, total_minor, reference, file, status, reason, pages, sent_on,
          explanation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        batch.id, document.planID, document.customerID, document.kind.rawValue, document.level,
        document.levelName, document.channel.rawValue, document.currency.code,
        document.total.minorUnits, document.reference, document.file, document.status.rawValue,
        document.reason, document.pages, batch.asOf.iso8601, document.explanation,
      ])
    guard document.status == .written else { return }
    let documentID = db.lastInsertedRowID
    for reminder in document.reminders(on: batch.asOf) {
      try record(reminder, documentID: documentID, file: document.file)
    }
    for key in document.instalments {
      try db.execute(
        sql: "UPDATE instalment SET reminded_on = ? WHERE arrangement_id = ? AND number = ?",
        arguments: [batch.asOf.iso8601, Int64(key.arrangementID), key.number])
    }
    for paymentID in document.returnedDebits {
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO second_chance_notice (payment_id, document_id)
          SELECT id, ? FROM payment WHERE bank_reference = ?
          """,
        arguments: [documentID, paymentID])
    }
    if let reference = document.reference {
      for number in document.referenceItems {
        try db.execute(
          sql: """
            INSERT OR IGNORE INTO shared_reference (reference, item_id, origin)
            SELECT ?, id, ? FROM open_item WHERE number = ?
            """,
          arguments: [reference, "letter \(batch.id)/\(document.file ?? document.planID)", number])
      }
    }
  }

  private func record(_ reminder: Reminder, documentID: Int64, file: String?) throws {
    guard
      let itemID = try Int64.fetchOne(
        db, sql: "SELECT id FROM open_item WHERE number = ?", arguments: [reminder.itemNumber])
    else {
      throw LedgerError.unknownItem(reminder.itemNumber)
    }
    let already =
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS(SELECT 1 FROM dunning_event WHERE item_id = ? AND level = ?)",
        arguments: [itemID, reminder.level]) ?? false
    if already { return }
    try db.execute(
      sql: """
        INSERT INTO dunning_event (item_id, level, level_name, batch_id, reminded_on,
          days_overdue, currency, open_minor, fee_minor, interest_minor, channel, explanation,
          document_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        itemID, reminder.level, reminder.levelName, batch.id, reminder.remindedOn.iso8601,
        reminder.daysOverdue, reminder.openAmount.currency.code, reminder.openAmount.minorUnits,
        reminder.fee.minorUnits, reminder.interest.minorUnits, reminder.channel.rawValue,
        reminder.explanation, documentID,
      ])
    let sheet = file.map { " (\($0))" } ?? ""
    try HistoryEntry(
      event: .reminded, amount: nil,
      detail:
        "level \(reminder.level) (\(reminder.levelName)) by \(reminder.channel) in batch \(batch.id)\(sheet): \(reminder.explanation)"
    ).append(to: itemID, on: batch.asOf, runID: run?.rawValue, db)
  }
}

extension Ledger {
  /// Records a batch that waits for a person's approval (`review: true`): its plan as the run
  /// showed it. An earlier batch still waiting is superseded by it.
  public func recordAwaitingApproval(
    id batchID: String, asOf date: LocalDate, run: RunID?, plan: String
  ) throws(LedgerError) {
    try write("record batch \(batchID) for approval") { db in
      try db.execute(
        sql: "UPDATE reminder_batch SET state = 'superseded' WHERE state = 'awaiting-approval'")
      try db.execute(
        sql: """
          INSERT INTO reminder_batch (id, as_of, run_id, state, plan)
          VALUES (?, ?, ?, 'awaiting-approval', ?)
          """,
        arguments: [batchID, date.iso8601, run?.rawValue, plan])
    }
  }

}
