import GRDB
public import Receivables

extension Ledger {
  /// Incoming payments with something not yet allocated, oldest booking first.
  public func unallocatedPayments() throws(LedgerError) -> [PaymentBalance] {
    try balances(where: "unallocated_minor > 0", arguments: [])
  }

  /// One payment by arflow's id, with what of it is unallocated (any payment, even one with
  /// nothing left); nil when the ledger does not know it.
  public func paymentBalance(id: String) throws(LedgerError) -> PaymentBalance? {
    try balances(where: "bank_reference = ?", arguments: [id]).first
  }

  private func balances(where condition: String, arguments: StatementArguments)
    throws(LedgerError) -> [PaymentBalance]
  {
    try read("read payments") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT payment.*, ingested_file.name AS file_name FROM payment
          JOIN ingested_file ON ingested_file.id = payment.source_file
          WHERE \(condition) ORDER BY booking_date, payment.id
          """, arguments: arguments
      ).map { row in
        PaymentBalance(
          payment: try row.payment(fileName: row["file_name"]),
          unallocated: try row.money("unallocated_minor"),
          isManualOnly: row["manual_only"] as Bool)
      }
    }
  }

  /// Every allocation in force (not undone), in the order they were made; only those of
  /// payments booked on or after `date` when given.
  public func allocations(ofPaymentsBookedFrom date: LocalDate? = nil) throws(LedgerError)
    -> [Allocation]
  {
    try allocations(where: "payment.booking_date >= ?", arguments: [date?.iso8601 ?? ""])
  }

  /// The allocations in force of one payment (arflow's id), in the order they were made.
  public func allocations(ofPayment id: String) throws(LedgerError) -> [Allocation] {
    try allocations(where: "payment.bank_reference = ?", arguments: [id])
  }

  private func allocations(where condition: String, arguments: StatementArguments)
    throws(LedgerError) -> [Allocation]
  {
    try read("read allocations") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT allocation.*, payment.bank_reference, open_item.number FROM allocation
          JOIN payment ON payment.id = allocation.payment_id
          JOIN open_item ON open_item.id = allocation.item_id
          WHERE allocation.undone_on IS NULL AND \(condition)
          ORDER BY allocation.id
          """, arguments: arguments
      ).map { row in
        Allocation(
          paymentReference: row["bank_reference"], itemNumber: row["number"],
          amount: try row.money("amount_minor"), rule: MatchRule(rawValue: row["rule"]),
          confidence: row["confidence"], explanation: row["explanation"])
      }
    }
  }
}

extension Ledger {
  /// Every booking of every statement (credits, debits, reversals, returns), in booking order.
  public func allPayments() throws(LedgerError) -> [Payment] {
    try read("read payments") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT payment.*, ingested_file.name AS file_name FROM payment
          JOIN ingested_file ON ingested_file.id = payment.source_file
          ORDER BY booking_date, payment.id
          """
      ).map { row in try row.payment(fileName: row["file_name"]) }
    }
  }
}
