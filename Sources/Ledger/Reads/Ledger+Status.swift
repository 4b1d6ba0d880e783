import GRDB
public import Receivables

extension Ledger {
  /// What is open, overdue and processed, as of `date`.
  public func status(asOf date: LocalDate) throws(LedgerError) -> LedgerStatus {
    try read("read the ledger status") { db in
      var status = LedgerStatus()
      let sums = try Row.fetchAll(
        db,
        sql: """
          SELECT currency, COUNT(*) AS items, SUM(open_minor) AS open,
            SUM(CASE WHEN due_date < ? THEN open_minor ELSE 0 END) AS overdue
          FROM open_item WHERE open_minor != 0 GROUP BY currency
          """, arguments: [date.iso8601])
      for row in sums {
        let open = try row.money("open")
        status.openItems += row["items"] as Int
        status.openAmount[open.currency] = open
        status.overdueAmount[open.currency] = try row.money("overdue")
      }
      status.payments = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payment") ?? 0
      status.unallocatedPayments =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payment WHERE unallocated_minor > 0") ?? 0
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT outcome, COUNT(*) AS n FROM ingested_file WHERE resolved_at IS NULL
          GROUP BY outcome
          """)
      {
        let outcome: String = row["outcome"]
        let count: Int = row["n"]
        switch outcome {
        case "processed": status.filesProcessed = count
        case "failed": status.filesFailed = count
        default: status.filesDuplicate = count
        }
      }
      var days: [String: DailyFileCount] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT processed_on, outcome, COUNT(*) AS n FROM ingested_file
          WHERE processed_on > ? AND processed_on <= ? GROUP BY processed_on, outcome
          """, arguments: [date.adding(days: -7).iso8601, date.iso8601])
      {
        let day = try row.date("processed_on")
        var count = days[day.iso8601] ?? DailyFileCount(date: day)
        let outcome: String = row["outcome"]
        let n: Int = row["n"]
        switch outcome {
        case "processed": count.processed = n
        case "failed": count.failed = n
        default: count.duplicates = n
        }
        days[day.iso8601] = count
      }
      status.recentFiles = days.values.sorted { $0.date > $1.date }
      if let run = try Row.fetchOne(
        db,
        sql:
          "SELECT as_of, finished_at FROM run WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"
      ) {
        status.lastRun = (try run.date("as_of"), run["finished_at"])
      }
      status.unprovenStatements = try Self.unprovenStatements(db)
      return status
    }
  }
}
