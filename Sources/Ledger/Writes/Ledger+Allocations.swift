import GRDB
public import Receivables

extension Ledger {
  /// Applies allocations in one transaction: each lowers its payment's unallocated rest and its
  /// item's open amount, and adds a history line to the item.
  /// - Throws: `LedgerError` with code `overAllocation` when an allocation exceeds what the
  ///   payment or the item has left, or `unknownRecord`; nothing is applied then.
  public func apply(_ allocations: [Allocation], on date: LocalDate, run: RunID) throws(LedgerError)
  {
    try write("apply allocations") { db in
      for allocation in allocations {
        try apply(allocation, on: date, run: run, db)
      }
    }
  }

  private func apply(_ allocation: Allocation, on date: LocalDate, run: RunID, _ db: Database)
    throws
  {
    guard
      let payment = try Row.fetchOne(
        db, sql: "SELECT id, currency, unallocated_minor FROM payment WHERE bank_reference = ?",
        arguments: [allocation.paymentReference]),
      let item = try Row.fetchOne(
        db, sql: "SELECT id, currency, open_minor FROM open_item WHERE number = ?",
        arguments: [allocation.itemNumber])
    else {
      throw LedgerError(
        .unknownRecord,
        "payment \(allocation.paymentReference) or item \(allocation.itemNumber) is not in the ledger"
      )
    }
    let amount = allocation.amount.minorUnits
    let paymentRest: Int64 = payment["unallocated_minor"]
    let itemOpen: Int64 = item["open_minor"]
    let currency = allocation.amount.currency.code
    guard amount > 0, currency == payment["currency"], currency == item["currency"],
      amount <= paymentRest, amount <= itemOpen
    else {
      throw LedgerError(
        .overAllocation,
        "allocating \(allocation.amount) from payment \(allocation.paymentReference) to item \(allocation.itemNumber) exceeds what is left (payment \(paymentRest), item \(itemOpen) minor units)"
      )
    }
    let paymentID: Int64 = payment["id"]
    let itemID: Int64 = item["id"]
    try db.execute(
      sql: """
        INSERT INTO allocation (payment_id, item_id, currency, amount_minor, rule, confidence,
          explanation, allocated_on, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        paymentID, itemID, currency, amount, allocation.rule.rawValue, allocation.confidence,
        allocation.explanation, date.iso8601, run.rawValue,
      ])
    try db.execute(
      sql: "UPDATE payment SET unallocated_minor = unallocated_minor - ? WHERE id = ?",
      arguments: [amount, paymentID])
    try db.execute(
      sql: "UPDATE open_item SET open_minor = open_minor - ? WHERE id = ?",
      arguments: [amount, itemID])
    try HistoryEntry(
      event: "allocated", amount: amount,
      detail:
        "\(allocation.amount.decimalString) \(currency) from payment \(allocation.paymentReference) by rule \(allocation.rule) (\(allocation.confidence)%): \(allocation.explanation)"
    ).append(to: itemID, on: date, runID: run.rawValue, db)
  }
}
