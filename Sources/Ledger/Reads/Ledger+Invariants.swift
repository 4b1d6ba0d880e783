import GRDB

extension Ledger {
  /// Checks the ledger's invariants and returns every violation, in words (empty when sound).
  /// See `002-Invariants`.
  public func invariantViolations() throws(LedgerError) -> [String] {
    try read("check ledger invariants") { db in try Ledger.invariantViolations(db) }
  }

  /// Throws when any invariant does not hold; the tests call this after their writes.
  public func checkInvariants() throws(LedgerError) {
    let violations = try invariantViolations()
    guard violations.isEmpty else {
      throw LedgerError(.invariantViolated, violations.joined(separator: "; "))
    }
  }

  /// The invariants, checked on `db`: an item's open amount equals its amount minus what was
  /// settled outside arflow, its allocations and write-offs still in force, and the credit
  /// netted against it (a credit note: plus what of it was netted), and lies between zero and
  /// its amount; a payment's unallocated rest equals its amount minus what a reversal took back
  /// minus its allocations in force, and is never negative; allocations and nettings never
  /// change currency.
  static func invariantViolations(_ db: Database) throws -> [String] {
    var violations: [String] = []
    let allocatedToItem = """
      ((SELECT COALESCE(SUM(amount_minor), 0) FROM allocation
          WHERE item_id = open_item.id AND undone_on IS NULL)
        + (SELECT COALESCE(SUM(amount_minor), 0) FROM write_off
          WHERE item_id = open_item.id AND undone_on IS NULL)
        + (SELECT COALESCE(SUM(amount_minor), 0) FROM credit_netting
          WHERE invoice_item_id = open_item.id)
        - (SELECT COALESCE(SUM(amount_minor), 0) FROM credit_netting
          WHERE credit_item_id = open_item.id))
      """
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT number, amount_minor, settled_outside_minor, open_minor, \(allocatedToItem) AS allocated
        FROM open_item
        WHERE open_minor != amount_minor - settled_outside_minor - \(allocatedToItem)
          OR (amount_minor >= 0 AND (open_minor < 0 OR open_minor > amount_minor))
          OR (amount_minor < 0 AND (open_minor > 0 OR open_minor < amount_minor))
        """)
    {
      let number: String = row["number"]
      let amount: Int64 = row["amount_minor"]
      let settled: Int64 = row["settled_outside_minor"]
      let open: Int64 = row["open_minor"]
      let allocated: Int64 = row["allocated"]
      violations.append(
        "item \(number): open \(open) must equal amount \(amount) − settled outside \(settled) − allocated, written off and netted \(allocated) and lie between 0 and the amount"
      )
    }
    let allocatedFromPayment = """
      (SELECT COALESCE(SUM(amount_minor), 0) FROM allocation
        WHERE payment_id = payment.id AND undone_on IS NULL)
      """
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT bank_reference, amount_minor, unallocated_minor, reversed_minor,
          \(allocatedFromPayment) AS allocated
        FROM payment
        WHERE unallocated_minor < 0 OR reversed_minor < 0
          OR (amount_minor > 0 AND is_reversal = 0 AND return_reason IS NULL
            AND unallocated_minor != amount_minor - reversed_minor - \(allocatedFromPayment))
          OR ((amount_minor <= 0 OR is_reversal != 0 OR return_reason IS NOT NULL)
            AND (unallocated_minor != 0 OR \(allocatedFromPayment) != 0))
        """)
    {
      let reference: String = row["bank_reference"]
      let amount: Int64 = row["amount_minor"]
      let rest: Int64 = row["unallocated_minor"]
      let allocated: Int64 = row["allocated"]
      let reversed: Int64 = row["reversed_minor"]
      violations.append(
        "payment \(reference): unallocated \(rest) must equal amount \(amount) − taken back \(reversed) − allocated \(allocated) and not be negative (zero for debits, reversals and returns, which are never allocated)"
      )
    }
    let mixed =
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM allocation
          JOIN payment ON payment.id = allocation.payment_id
          JOIN open_item ON open_item.id = allocation.item_id
          WHERE allocation.currency != payment.currency OR allocation.currency != open_item.currency
          """) ?? 0
      + (try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM credit_netting
          JOIN open_item AS credit ON credit.id = credit_netting.credit_item_id
          JOIN open_item AS invoice ON invoice.id = credit_netting.invoice_item_id
          WHERE credit_netting.currency != credit.currency
            OR credit_netting.currency != invoice.currency
          """) ?? 0)
    if mixed > 0 { violations.append("\(mixed) allocations join amounts of different currencies") }
    return violations
  }
}

extension Ledger {
  /// What SQLite's integrity check and arflow's invariants find wrong (empty when sound).
  public func integrityProblems() throws(LedgerError) -> [String] {
    let storage = try read("check the ledger's integrity") { db in
      try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
    }
    return storage.map { "SQLite: \($0)" } + (try invariantViolations())
  }
}
