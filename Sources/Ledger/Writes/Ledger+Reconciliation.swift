import GRDB
public import Receivables

extension Ledger {
  /// Books a reconciliation in one transaction and records it for its files.
  ///
  /// - Parameters:
  ///   - booking: What to book. Reversals go first, then undone allocations, allocations,
  ///     write-offs and nettings; each checks what is left, so nothing is over-allocated.
  ///   - existing: A reconciliation of the same run not yet written to files, to add to.
  /// - Returns: the reconciliation's id; nil when the booking changes nothing and lists the
  ///   same unmatched payments as the latest reconciliation (no new files then).
  /// - Throws: `LedgerError` with code `overAllocation` or `unknownRecord`; nothing is booked.
  @discardableResult
  public func book(
    _ booking: ReconciliationBooking, asOf date: LocalDate, run: RunID?,
    adding existing: Int64? = nil
  ) throws(LedgerError) -> Int64? {
    let unmatched = UnmatchedPayment.encodedList(booking.unmatched)
    let digest = Self.digest(unmatched)
    return try write("book a reconciliation") { db -> Int64? in
      let id: Int64
      if let existing {
        id = existing
        try db.execute(
          sql: "UPDATE reconciliation SET unmatched_json = ?, unmatched_digest = ? WHERE id = ?",
          arguments: [unmatched, digest, existing])
      } else {
        let latest = try String.fetchOne(
          db, sql: "SELECT unmatched_digest FROM reconciliation ORDER BY id DESC LIMIT 1")
        guard
          !booking.booksNothing || !booking.learnedPayers.isEmpty || !booking.manualOnly.isEmpty
            || latest != digest
        else { return nil }
        let sequence =
          try Int.fetchOne(
            db, sql: "SELECT COALESCE(MAX(sequence), 0) + 1 FROM reconciliation WHERE as_of = ?",
            arguments: [date.iso8601]) ?? 1
        try db.execute(
          sql: """
            INSERT INTO reconciliation (as_of, sequence, run_id, trigger, unmatched_json,
              unmatched_digest)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            date.iso8601, sequence, run?.rawValue, booking.trigger.rawValue, unmatched, digest,
          ])
        id = db.lastInsertedRowID
      }
      let step = ReconciliationStep(db: db, date: date, reconciliation: id, run: run?.rawValue)
      for reversal in booking.reversals { try step.reverse(reversal) }
      for undo in booking.undos { try step.undo(undo, returningToPayment: true) }
      for allocation in booking.allocations { try step.allocate(allocation) }
      for writeOff in booking.writeOffs { try step.writeOff(writeOff) }
      for netting in booking.nettings { try step.net(netting) }
      for payer in booking.learnedPayers { try step.learn(payer) }
      for reference in booking.manualOnly {
        try db.execute(
          sql: "UPDATE payment SET manual_only = 1 WHERE bank_reference = ?",
          arguments: [reference])
      }
      return id
    }
  }

  /// FNV-1a of the unmatched list, in hex without leading zeros (as stored since v5): tells
  /// whether it changed since the last reconciliation.
  static func digest(_ text: String) -> String {
    String(StableHash.value(of: text), radix: 16)
  }
}
