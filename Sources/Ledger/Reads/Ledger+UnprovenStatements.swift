import GRDB
public import Receivables

extension Ledger {
  /// Every statement booked although its balances do not add up, oldest first.
  /// - Throws: `LedgerError` when the ledger cannot be read.
  public func unprovenStatements() throws(LedgerError) -> [StoredUnprovenStatement] {
    try read("read the unproven statements") { db in try Self.unprovenStatements(db) }
  }

  /// The unproven statements of the processed file with this content (to write its warning
  /// again after an interruption).
  /// - Throws: `LedgerError` when the ledger cannot be read.
  public func unprovenStatements(ofFile sha256: String) throws(LedgerError) -> [UnprovenStatement] {
    try read("read the unproven statements of a file") { db in
      try Self.unprovenStatements(db, sha256: sha256).map(\.statement)
    }
  }

  static func unprovenStatements(_ db: Database, sha256: String? = nil) throws
    -> [StoredUnprovenStatement]
  {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT u.*, f.name AS file_name, f.processed_on AS processed_on
        FROM unproven_statement u JOIN ingested_file f ON f.id = u.file_id
        WHERE ? IS NULL OR (f.sha256 = ? AND f.outcome = 'processed')
        ORDER BY f.processed_on, u.id
        """, arguments: [sha256, sha256])
    return try rows.map { row in
      let closing = try row.money("closing_minor")
      let money = { (minor: Int64) in Money(minorUnits: minor, currency: closing.currency) }
      let dateText: String? = row["statement_date"]
      let fileName: String = row["file_name"]
      let statement = UnprovenStatement(
        account: row["account"], statementID: row["statement_id"],
        statementDate: try dateText.map { text in
          do {
            return try LocalDate(iso8601: text)
          } catch {
            throw LedgerError(.corruptRecord, "column statement_date holds '\(text)', not a date")
          }
        },
        opening: money(row["opening_minor"]), booked: money(row["booked_minor"]),
        closing: closing, detail: row["detail"],
        source: SourceLocation(
          file: fileName, line: row["source_line"], element: row["source_element"]))
      return StoredUnprovenStatement(
        statement: statement, fileName: fileName, processedOn: try row.date("processed_on"))
    }
  }
}
