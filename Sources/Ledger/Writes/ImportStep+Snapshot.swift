import GRDB
import Receivables

extension ImportStep {
  /// A full snapshot of a source's open items: every item of the same mapping that is still open
  /// in the ledger but missing from the file was settled outside arflow. Its open amount is
  /// closed, with a history line naming the file.
  ///
  /// A file that would close more than `guardPercent` of the mapping's open items, or lists no
  /// item at all while some are open, closes nothing (a header-only export, a filtered one)
  /// unless a person confirmed exactly this file (`confirmed_snapshot`).
  /// - Throws: `LedgerError` `snapshotGuard` saying how many it would close and how to confirm.
  func closeMissing(
    from numbers: Set<String>, mapping: String, fileName: String, guardPercent: Int,
    sha256: String, into summary: inout ImportSummary
  ) throws {
    let rows = try Row.fetchAll(
      db,
      cached:
        "SELECT id, number, open_minor FROM open_item WHERE source_mapping = ? AND open_minor != 0",
      arguments: [mapping])
    let closing = rows.count { !numbers.contains($0["number"]) }
    if closing > 0, numbers.isEmpty || closing * 100 > guardPercent * rows.count {
      let confirmed =
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS(SELECT 1 FROM confirmed_snapshot WHERE sha256 = ?)",
          arguments: [sha256]) ?? false
      if !confirmed {
        throw LedgerError(
          .snapshotGuard,
          "\(fileName) would close \(closing) of \(rows.count) open items of mapping \(mapping)"
            + (numbers.isEmpty ? " (it lists no items at all)" : "")
            + "; nothing of it was booked",
          fix: "if that is right, run `arflow confirm-snapshot \(fileName)` (or raise "
            + "snapshotGuard in the mapping, now \(guardPercent) %); otherwise export the full list again"
        )
      }
    }
    for row in rows {
      let number: String = row["number"]
      guard !numbers.contains(number) else { continue }
      let itemID: Int64 = row["id"]
      let open: Int64 = row["open_minor"]
      try db.execute(
        cached: """
          UPDATE open_item SET settled_outside_minor = settled_outside_minor + open_minor,
            open_minor = 0 WHERE id = ?
          """, arguments: [itemID])
      try HistoryEntry(
        event: .closedBySnapshot, amount: open,
        detail:
          "\(fileName) is a full list of \(mapping) open items and no longer lists \(number); closed as settled outside arflow"
      ).append(to: itemID, on: date, fileID: fileID, db)
      summary.itemsClosedBySnapshot += 1
    }
  }

  func store(_ assessment: CreditAssessment, into summary: inout ImportSummary) throws {
    try db.execute(
      cached: """
        INSERT OR IGNORE INTO credit_assessment (customer_id, score, limit_minor, currency,
          assessed_on, source_file, source_line)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        assessment.customerID, assessment.score, assessment.creditLimit?.minorUnits,
        assessment.creditLimit?.currency.code, assessment.assessedOn.iso8601, fileID,
        assessment.source.line,
      ])
    if db.changesCount > 0 { summary.creditAssessmentsAdded += 1 }
  }
}
