import GRDB

extension Ledger {
  /// Checks the ledger's invariants and returns every violation, in words (empty when sound):
  /// an item's open amount equals its amount minus what was settled outside arflow minus its
  /// allocations; a payment's unallocated rest equals its amount minus its allocations and is
  /// never negative; allocations never change currency.
  public func invariantViolations() throws(LedgerError) -> [String] {
    try read("check ledger invariants") { db in
      var violations: [String] = []
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT number, amount_minor, settled_outside_minor, open_minor,
            (SELECT COALESCE(SUM(amount_minor), 0) FROM allocation WHERE item_id = open_item.id)
              AS allocated
          FROM open_item
          WHERE open_minor != amount_minor - settled_outside_minor
            - (SELECT COALESCE(SUM(amount_minor), 0) FROM allocation WHERE item_id = open_item.id)
          """)
      {
        violations.append(
          "item \(row["number"] as String): open \(row["open_minor"] as Int64) ≠ amount \(row["amount_minor"] as Int64) − settled outside \(row["settled_outside_minor"] as Int64) − allocated \(row["allocated"] as Int64)"
        )
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT bank_reference, amount_minor, unallocated_minor,
            (SELECT COALESCE(SUM(amount_minor), 0) FROM allocation WHERE payment_id = payment.id)
              AS allocated
          FROM payment
          WHERE unallocated_minor < 0 OR unallocated_minor != amount_minor
            - (SELECT COALESCE(SUM(amount_minor), 0) FROM allocation WHERE payment_id = payment.id)
          """)
      {
        violations.append(
          "payment \(row["bank_reference"] as String): unallocated \(row["unallocated_minor"] as Int64) ≠ amount \(row["amount_minor"] as Int64) − allocated \(row["allocated"] as Int64)"
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
      if mixed > 0 {
        violations.append("\(mixed) allocations join amounts of different currencies")
      }
      return violations
    }
  }

  /// Throws when any invariant does not hold; the tests call this after every write.
  public func checkInvariants() throws(LedgerError) {
    let violations = try invariantViolations()
    guard violations.isEmpty else {
      throw LedgerError(.invariantViolated, violations.joined(separator: "; "))
    }
  }
}
