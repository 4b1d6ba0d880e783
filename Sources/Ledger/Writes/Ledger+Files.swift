import GRDB
public import Receivables

extension Ledger {
  /// True when a file with this content was already processed: ingesting it again must change nothing.
  public func isProcessed(sha256: String) throws(LedgerError) -> Bool {
    try read("look up a file hash") { db in
      try Bool.fetchOne(
        db,
        cached:
          "SELECT EXISTS(SELECT 1 FROM ingested_file WHERE sha256 = ? AND outcome = 'processed')",
        arguments: [sha256]) ?? false
    }
  }

  /// The name and day a file with this content was processed, if it was.
  public func processedFile(sha256: String) throws(LedgerError) -> (
    name: String, processedOn: LocalDate
  )? {
    try read("look up a file hash") { db in
      try Row.fetchOne(
        db,
        cached: """
          SELECT name, processed_on FROM ingested_file WHERE sha256 = ? AND outcome = 'processed'
          """, arguments: [sha256]
      ).map { row in (row["name"], try row.date("processed_on")) }
    }
  }

  /// Marks the failures of files with this name resolved: a corrected file was processed.
  public func resolveFailures(named name: String) throws(LedgerError) {
    try write("mark the failures of \(name) resolved") { db in
      try db.execute(
        sql: """
          UPDATE ingested_file SET resolved_at = ?
          WHERE name = ? AND outcome = 'failed' AND resolved_at IS NULL
          """, arguments: [Ledger.timestamp(), name])
    }
  }

  /// The name under which a file with this content was processed, if it was.
  public func processedFileName(sha256: String) throws(LedgerError) -> String? {
    try read("look up a file hash") { db in
      try String.fetchOne(
        db, cached: "SELECT name FROM ingested_file WHERE sha256 = ? AND outcome = 'processed'",
        arguments: [sha256])
    }
  }

  /// Records a file that could not be ingested at all, with the reason shown to the bookkeeper.
  public func recordFailedFile(
    sha256: String, name: String, kind: FileKind, reason: String, on date: LocalDate
  ) throws(LedgerError) {
    try write("record a failed file") { db in
      try insertFile(
        db, sha256: sha256, name: name, kind: kind, outcome: "failed", records: 0, rejected: 0,
        detail: reason, on: date)
    }
  }

  /// Records a file whose content was already processed under this or another name.
  public func recordDuplicateFile(sha256: String, name: String, on date: LocalDate)
    throws(LedgerError)
  {
    try write("record a duplicate file") { db in
      try insertFile(
        db, sha256: sha256, name: name, kind: .duplicate, outcome: "duplicate", records: 0,
        rejected: 0, detail: "same content as a file processed before", on: date)
    }
  }

  func insertFile(
    _ db: Database, sha256: String, name: String, kind: FileKind, outcome: String, records: Int,
    rejected: Int, detail: String?, on date: LocalDate
  ) throws -> Int64 {
    try db.execute(
      cached: """
        INSERT INTO ingested_file (sha256, name, kind, outcome, records, rejected, detail,
          processed_on, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        sha256, name, kind.rawValue, outcome, records, rejected, detail, date.iso8601,
        Ledger.timestamp(),
      ])
    return db.lastInsertedRowID
  }
}

extension Ledger {
  /// Records where processed files were archived (relative to the workspace), in one
  /// transaction; a file that was not processed is left alone.
  public func recordArchived(_ files: [(sha256: String, path: String)]) throws(LedgerError) {
    guard !files.isEmpty else { return }
    try write("record where \(files.count) files were archived") { db in
      for file in files {
        try db.execute(
          cached:
            "UPDATE ingested_file SET archived_as = ? WHERE sha256 = ? AND outcome = 'processed'",
          arguments: [file.path, file.sha256])
      }
    }
  }

  /// The archived original of the file an item was read from (relative to the workspace):
  /// for an e-invoice, its XML or PDF; nil when it was not recorded.
  public func documentFile(ofItem number: String) throws(LedgerError) -> String? {
    try read("find the document of \(number)") { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT ingested_file.archived_as FROM open_item
          JOIN ingested_file ON ingested_file.id = open_item.source_file WHERE open_item.number = ?
          """, arguments: [number])
    }
  }
}

extension Ledger {
  /// Records that a person confirmed a full snapshot that closes many items: the next commit of
  /// exactly this content is not held back by the snapshot guard.
  public func confirmSnapshot(sha256: String, name: String, on date: LocalDate)
    throws(LedgerError)
  {
    try write("confirm the snapshot \(name)") { db in
      try db.execute(
        sql:
          "INSERT OR IGNORE INTO confirmed_snapshot (sha256, name, confirmed_on) VALUES (?, ?, ?)",
        arguments: [sha256, name, date.iso8601])
    }
  }
}
