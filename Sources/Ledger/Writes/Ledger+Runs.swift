import GRDB
public import Receivables

/// The identity of one `arflow run` in the ledger.
public struct RunID: Hashable, Sendable, CustomStringConvertible {
  public let rawValue: Int64
  public var description: String { String(rawValue) }
}

extension Ledger {
  /// Starts a run on the as-of date.
  public func beginRun(asOf date: LocalDate) throws(LedgerError) -> RunID {
    try write("start a run") { db in
      try db.execute(
        sql: "INSERT INTO run (as_of, started_at) VALUES (?, ?)",
        arguments: [date.iso8601, Ledger.timestamp()])
      return RunID(rawValue: db.lastInsertedRowID)
    }
  }

  /// Marks a run finished with a one-line summary.
  public func finishRun(_ run: RunID, summary: String) throws(LedgerError) {
    try write("finish a run") { db in
      try db.execute(
        sql: "UPDATE run SET finished_at = ?, summary = ? WHERE id = ?",
        arguments: [Ledger.timestamp(), summary, run.rawValue])
    }
  }
}
