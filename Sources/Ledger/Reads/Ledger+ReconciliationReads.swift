import GRDB
public import Receivables

extension Ledger {
  /// Reconciliations booked but not yet written to files, oldest first.
  public func pendingReconciliations() throws(LedgerError) -> [ReconciliationRecord] {
    try read("read pending reconciliations") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM reconciliation WHERE written_at IS NULL ORDER BY id"
      ).map { row in
        let id: Int64 = row["id"]
        let trigger: String = row["trigger"]
        guard let known = BookingTrigger(rawValue: trigger) else {
          throw LedgerError(.corruptRecord, "reconciliation \(id) has the trigger '\(trigger)'")
        }
        return ReconciliationRecord(
          id: id, asOf: try row.date("as_of"), sequence: row["sequence"], trigger: known,
          lines: try ReconciliationLines(db: db, reconciliation: id).all(),
          unmatched: UnmatchedPayment.decodedList(row["unmatched_json"]))
      }
    }
  }

  /// The unmatched payments the latest reconciliation listed (empty before the first).
  public func latestUnmatched() throws(LedgerError) -> [UnmatchedPayment] {
    try read("read the latest unmatched payments") { db in
      try String.fetchOne(
        db, sql: "SELECT unmatched_json FROM reconciliation ORDER BY id DESC LIMIT 1"
      ).map(UnmatchedPayment.decodedList) ?? []
    }
  }

  /// The identities of the payments a person's reference names: arflow's id, or the bank's own
  /// reference (which banks may reuse).
  public func paymentIDs(named reference: String) throws(LedgerError) -> [String] {
    try read("find payment \(reference)") { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT bank_reference FROM payment WHERE bank_reference = ?1
          UNION SELECT bank_reference FROM payment WHERE servicer_reference = ?1
            AND NOT EXISTS (SELECT 1 FROM payment WHERE bank_reference = ?1)
          """, arguments: [reference])
    }
  }

  /// Records that a reconciliation's files are written.
  public func markReconciliationWritten(_ id: Int64) throws(LedgerError) {
    try write("mark a reconciliation written") { db in
      try db.execute(
        sql: "UPDATE reconciliation SET written_at = ? WHERE id = ?",
        arguments: [Ledger.timestamp(), id])
    }
  }

  /// Every IBAN known to belong to a customer, with how it was learned.
  public func knownPayers() throws(LedgerError) -> [(
    iban: String, customerID: String, source: PayerSource
  )] {
    try read("read known payers") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM known_payer ORDER BY iban, customer_id").map {
        let source: String = $0["source"]
        guard let known = PayerSource(rawValue: source) else {
          throw LedgerError(.corruptRecord, "a known payer has the source '\(source)'")
        }
        return ($0["iban"], $0["customer_id"], known)
      }
    }
  }

  /// Reversals and returned payments whose original is not found yet, in booking order.
  public func reversalsToResolve() throws(LedgerError) -> [Payment] {
    try read("read reversals") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT payment.*, ingested_file.name AS file_name FROM payment
          JOIN ingested_file ON ingested_file.id = payment.source_file
          WHERE (is_reversal != 0 OR return_reason IS NOT NULL) AND reversal_of IS NULL
          ORDER BY booking_date, payment.id
          """
      ).map { row in try row.payment(fileName: row["file_name"]) }
    }
  }

  /// Incoming payments booked on or after `date` that a reversal could still take back.
  public func reversiblePayments(bookedFrom date: LocalDate) throws(LedgerError) -> [Payment] {
    try read("read reversible payments") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT payment.*, ingested_file.name AS file_name FROM payment
          JOIN ingested_file ON ingested_file.id = payment.source_file
          WHERE amount_minor > 0 AND is_reversal = 0 AND return_reason IS NULL
            AND reversed_minor < amount_minor AND booking_date >= ?
          ORDER BY booking_date, payment.id
          """, arguments: [date.iso8601]
      ).map { row in try row.payment(fileName: row["file_name"]) }
    }
  }
}

/// The lines of one reconciliation's matched file, read from what it booked.
struct ReconciliationLines {
  let db: Database
  let reconciliation: Int64

  func all() throws -> [ReconciliationLine] {
    try allocations() + writeOffs() + nettings()
  }

  private func allocations() throws -> [ReconciliationLine] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT allocation.*, payment.bank_reference, payment.servicer_reference,
          payment.booking_date,
          payment.counterparty_name, payment.counterparty_iban, open_item.number,
          open_item.customer_id, allocation.reconciliation_id = ?1 AS booked_here,
          allocation.undone_reconciliation_id = ?1 AS undone_here
        FROM allocation
        JOIN payment ON payment.id = allocation.payment_id
        JOIN open_item ON open_item.id = allocation.item_id
        WHERE allocation.reconciliation_id = ?1 OR allocation.undone_reconciliation_id = ?1
        ORDER BY allocation.id
        """, arguments: [reconciliation]
    ).flatMap { row -> [ReconciliationLine] in
      let amount = try row.money("amount_minor")
      let line = ReconciliationLine(
        bankReference: row["servicer_reference"] ?? row["bank_reference"],
        paymentID: row["bank_reference"], bookingDate: row["booking_date"],
        payerName: row["counterparty_name"] ?? "", payerIBAN: row["counterparty_iban"] ?? "",
        invoiceNumber: row["number"], amount: amount, rule: row["rule"],
        confidence: row["confidence"], customerID: row["customer_id"], counterItem: "",
        explanation: row["explanation"])
      return Self.bookedAndUndone(line, row)
    }
  }

  private func writeOffs() throws -> [ReconciliationLine] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT write_off.*, payment.bank_reference, payment.servicer_reference,
          payment.booking_date,
          payment.counterparty_name, payment.counterparty_iban, open_item.number,
          open_item.customer_id, write_off.reconciliation_id = ?1 AS booked_here,
          write_off.undone_reconciliation_id = ?1 AS undone_here
        FROM write_off
        LEFT JOIN payment ON payment.id = write_off.payment_id
        JOIN open_item ON open_item.id = write_off.item_id
        WHERE write_off.reconciliation_id = ?1 OR write_off.undone_reconciliation_id = ?1
        ORDER BY write_off.id
        """, arguments: [reconciliation]
    ).flatMap { row -> [ReconciliationLine] in
      let amount = try row.money("amount_minor")
      let line = ReconciliationLine(
        bankReference: row["servicer_reference"] ?? row["bank_reference"] ?? "",
        paymentID: row["bank_reference"] ?? "", bookingDate: row["booking_date"] ?? "",
        payerName: row["counterparty_name"] ?? "", payerIBAN: row["counterparty_iban"] ?? "",
        invoiceNumber: row["number"], amount: amount, rule: "write-off", confidence: nil,
        customerID: row["customer_id"], counterItem: "", explanation: row["reason"])
      return Self.bookedAndUndone(line, row)
    }
  }

  private func nettings() throws -> [ReconciliationLine] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT credit_netting.*, invoice.number AS invoice_number, invoice.customer_id,
          credit.number AS credit_number
        FROM credit_netting
        JOIN open_item AS invoice ON invoice.id = credit_netting.invoice_item_id
        JOIN open_item AS credit ON credit.id = credit_netting.credit_item_id
        WHERE credit_netting.reconciliation_id = ? ORDER BY credit_netting.id
        """, arguments: [reconciliation]
    ).map { row in
      ReconciliationLine(
        bankReference: "", paymentID: "", bookingDate: row["netted_on"], payerName: "",
        payerIBAN: "",
        invoiceNumber: row["invoice_number"], amount: try row.money("amount_minor"),
        rule: row["rule"], confidence: row["confidence"], customerID: row["customer_id"],
        counterItem: row["credit_number"], explanation: row["explanation"])
    }
  }

  /// The line as booked in this reconciliation, and its negative when this reconciliation
  /// undid it (a booking made and undone before the files were written shows both).
  private static func bookedAndUndone(_ line: ReconciliationLine, _ row: Row)
    -> [ReconciliationLine]
  {
    var lines: [ReconciliationLine] = []
    if row["booked_here"] as Bool? == true { lines.append(line) }
    if row["undone_here"] as Bool? == true {
      var undone = line
      undone.amount = Money(minorUnits: -line.amount.minorUnits, currency: line.amount.currency)
      undone.rule = "undone"
      undone.confidence = nil
      undone.explanation = row["undone_reason"] ?? ""
      lines.append(undone)
    }
    return lines
  }
}
