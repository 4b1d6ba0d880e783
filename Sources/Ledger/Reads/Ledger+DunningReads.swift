import GRDB
public import Receivables

/// A batch of reminders recorded in the ledger: written, or waiting for a person's approval.
public struct ReminderBatchRecord: Sendable, Hashable {
  /// Where the batch stands.
  public enum State: String, Sendable, Hashable {
    /// Its documents are in the outbox and recorded.
    case written
    /// A schedule with `review: true` planned it; it waits for `arflow dun --approve`.
    case awaitingApproval = "awaiting-approval"
    /// A later run planned its documents again before anyone approved it.
    case superseded
    /// Approved; its documents were written in a batch of their own.
    case approved
  }

  public var id: String
  public var asOf: LocalDate
  public var state: State
  /// For a batch waiting for approval: the plan that was shown, as the run wrote it.
  public var plan: String?
}

extension Ledger {
  /// The open items (invoices and credit notes with something open), grouped by customer and
  /// oldest due date first within each, as the dunning planner reads them.
  public func openItemsByCustomer() throws(LedgerError) -> [OpenItem] {
    try read("read open items by customer") { db in
      let fileNames = try Dictionary(
        uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, name FROM ingested_file").map {
          ($0["id"] as Int64, $0["name"] as String)
        })
      var items: [OpenItem] = []
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT * FROM open_item WHERE open_minor != 0 ORDER BY customer_id, due_date, number
          """)
      while let row = try cursor.next() {
        let file: Int64 = row["source_file"]
        items.append(try row.openItem(fileName: fileNames[file] ?? ""))
      }
      return items
    }
  }

  /// Reminders with their item's number and customer and their document's plan id.
  private static let reminderSelect = """
    SELECT dunning_event.*, open_item.number, open_item.customer_id,
      dunning_document.plan_id FROM dunning_event
    JOIN open_item ON open_item.id = dunning_event.item_id
    LEFT JOIN dunning_document ON dunning_document.id = dunning_event.document_id
    """

  /// The reminders sent for items that are still open, any order.
  public func remindersOfOpenItems() throws(LedgerError) -> [Reminder] {
    try read("read reminders") { db in
      try Row.fetchAll(
        db,
        sql: Self.reminderSelect + " WHERE open_item.open_minor != 0"
      ).map { try $0.reminder() }
    }
  }

  /// The reminders of one item, oldest first.
  public func reminders(ofItem number: String) throws(LedgerError) -> [Reminder] {
    try read("read the reminders of \(number)") { db in
      try Row.fetchAll(
        db,
        sql: Self.reminderSelect + " WHERE open_item.number = ? ORDER BY dunning_event.id",
        arguments: [number]
      ).map { try $0.reminder() }
    }
  }

  /// Per customer, the days any document went to them: reminders, second-chance notices,
  /// instalment reminders.
  public func documentDates() throws(LedgerError) -> [String: [LocalDate]] {
    try read("read document dates") { db in
      var dates: [String: [LocalDate]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT open_item.customer_id AS customer, dunning_event.reminded_on AS day
          FROM dunning_event JOIN open_item ON open_item.id = dunning_event.item_id
          UNION
          SELECT customer_id, sent_on FROM dunning_document WHERE status = 'written'
          """)
      {
        dates[row["customer"], default: []].append(try row.date("day"))
      }
      return dates
    }
  }

  /// Every recorded batch, oldest first.
  public func reminderBatches() throws(LedgerError) -> [ReminderBatchRecord] {
    try read("read reminder batches") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM reminder_batch ORDER BY rowid").map { row in
        let state: String = row["state"]
        return ReminderBatchRecord(
          id: row["id"], asOf: try row.date("as_of"),
          state: ReminderBatchRecord.State(rawValue: state) ?? .written, plan: row["plan"])
      }
    }
  }

  /// The documents of one customer, newest first, or of one batch in file order.
  public func dunningDocuments(
    customerID: String? = nil, batchID: String? = nil
  ) throws(LedgerError) -> [(batchID: String, sentOn: LocalDate, document: DunningDocument)] {
    try read("read dunning documents") { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let customerID {
        conditions.append("customer_id = ?")
        arguments += [customerID]
      }
      if let batchID {
        conditions.append("batch_id = ?")
        arguments += [batchID]
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      let order = customerID != nil ? "sent_on DESC, id DESC" : "id"
      return try Row.fetchAll(
        db, sql: "SELECT * FROM dunning_document \(filter) ORDER BY \(order)", arguments: arguments
      ).map { row in
        (row["batch_id"], try row.date("sent_on"), try row.dunningDocument())
      }
    }
  }

  /// Returned direct debits whose item is still open and that got no second-chance notice yet.
  public func returnedDirectDebitsWithoutNotice() throws(LedgerError) -> [ReturnedDirectDebit] {
    try read("read returned direct debits") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT returned.bank_reference, returned.booking_date, returned.return_reason,
            open_item.number, open_item.customer_id
          FROM payment AS returned
          JOIN allocation ON allocation.payment_id = returned.reversal_of
            AND allocation.undone_on IS NOT NULL
          JOIN open_item ON open_item.id = allocation.item_id
          WHERE returned.return_reason IS NOT NULL AND open_item.open_minor > 0
            AND NOT EXISTS (SELECT 1 FROM second_chance_notice WHERE payment_id = returned.id)
          ORDER BY returned.booking_date, returned.id
          """
      ).map { row in
        ReturnedDirectDebit(
          itemNumber: row["number"], customerID: row["customer_id"],
          paymentID: row["bank_reference"], returnedOn: try row.date("booking_date"),
          reason: row["return_reason"])
      }
    }
  }

  /// The references that stand for several items (a letter's RF, an instalment's RF), with the
  /// numbers of their items, for the reconciler.
  public func sharedReferences() throws(LedgerError) -> [String: [String]] {
    try read("read shared references") { db in
      var references: [String: [String]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT reference, open_item.number FROM shared_reference
          JOIN open_item ON open_item.id = shared_reference.item_id
          WHERE open_item.open_minor > 0
          """)
      {
        references[row["reference"], default: []].append(row["number"])
      }
      return references
    }
  }
}
