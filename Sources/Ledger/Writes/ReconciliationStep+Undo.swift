import GRDB
import Receivables

extension ReconciliationStep {
  /// Takes back what `reversal` says: the original's unallocated rest first, then its
  /// allocations in force, newest first. The money is gone, so undone allocations do not return
  /// to the payment. What is taken back is worked out from the ledger, so a second partial
  /// reversal of the same payment takes back only what is still there.
  func reverse(_ reversal: PaymentReversal) throws {
    let original = try paymentRow(reversal.originalReference)
    let reversalRow = try paymentRow(reversal.reversalReference)
    let originalID: Int64 = original["id"]
    let amount: Int64 = original["amount_minor"]
    let reversed: Int64 = original["reversed_minor"]
    let rest: Int64 = original["unallocated_minor"]
    let takenBack = min(reversal.amount.minorUnits, amount - reversed)
    guard takenBack > 0 else {
      throw LedgerError(
        .overAllocation,
        "payment \(reversal.originalReference) has nothing left that \(reversal.reversalReference) could take back"
      )
    }
    let fromRest = min(takenBack, rest)
    try db.execute(
      cached: """
        UPDATE payment SET reversed_minor = reversed_minor + ?,
          unallocated_minor = unallocated_minor - ? WHERE id = ?
        """, arguments: [takenBack, fromRest, originalID])
    try db.execute(
      cached: "UPDATE payment SET reversal_of = ?, reversal_explanation = ? WHERE id = ?",
      arguments: [originalID, reversal.explanation, reversalRow["id"] as Int64])
    var need = takenBack - fromRest
    let allocations = try Row.fetchAll(
      db,
      cached: """
        SELECT allocation.amount_minor, open_item.number FROM allocation
        JOIN open_item ON open_item.id = allocation.item_id
        WHERE allocation.payment_id = ? AND allocation.undone_on IS NULL
        ORDER BY allocation.id DESC
        """, arguments: [originalID])
    for allocation in allocations where need > 0 {
      let part = min(need, allocation["amount_minor"] as Int64)
      need -= part
      try undo(
        AllocationUndo(
          paymentReference: reversal.originalReference, itemNumber: allocation["number"],
          amount: Money(minorUnits: part, currency: reversal.amount.currency),
          reason: reversal.explanation), returningToPayment: false)
    }
    guard need == 0 else {
      throw LedgerError(
        .overAllocation,
        "payment \(reversal.originalReference) has \(need) minor units less allocated than \(reversal.reversalReference) takes back"
      )
    }
  }

  /// Takes back `undo.amount` of what a payment allocated to an item, newest allocation first
  /// (the last one in part: its rest stays booked as a new allocation), and any write-off that
  /// allocation left on the item. The item opens again; the payment's rest goes up only when
  /// `returningToPayment` (a person's unallocation, not a reversal).
  func undo(_ undo: AllocationUndo, returningToPayment: Bool) throws {
    let payment = try paymentRow(undo.paymentReference)
    let item = try itemRow(undo.itemNumber)
    let (paymentID, itemID): (Int64, Int64) = (payment["id"], item["id"])
    var left = undo.amount.minorUnits
    let allocations = try Row.fetchAll(
      db,
      cached: """
        SELECT * FROM allocation WHERE payment_id = ? AND item_id = ? AND undone_on IS NULL
        ORDER BY id DESC
        """, arguments: [paymentID, itemID])
    for allocation in allocations where left > 0 {
      let booked: Int64 = allocation["amount_minor"]
      let part = min(left, booked)
      left -= part
      try db.execute(
        cached: """
          UPDATE allocation SET undone_on = ?, undone_reason = ?, undone_reconciliation_id = ?
          WHERE id = ?
          """,
        arguments: [date.iso8601, undo.reason, reconciliation, allocation["id"] as Int64])
      if part < booked {
        try db.execute(
          cached: """
            INSERT INTO allocation (payment_id, item_id, currency, amount_minor, rule, confidence,
              explanation, allocated_on, run_id, reconciliation_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            paymentID, itemID, allocation["currency"] as String, booked - part,
            allocation["rule"] as String, allocation["confidence"] as Int,
            "the part of an earlier allocation that stays after \(part) minor units were taken back: "
              + (allocation["explanation"] as String),
            date.iso8601, run, reconciliation,
          ])
      }
      try changeOpen(of: itemID, by: part)
      if returningToPayment {
        try db.execute(
          cached: "UPDATE payment SET unallocated_minor = unallocated_minor + ? WHERE id = ?",
          arguments: [part, paymentID])
      }
    }
    guard left < undo.amount.minorUnits else {
      throw LedgerError(
        .unknownRecord,
        "payment \(undo.paymentReference) has nothing allocated to \(undo.itemNumber) to take back")
    }
    let undone = undo.amount.minorUnits - left
    let writeOffs = try Row.fetchAll(
      db,
      cached: """
        SELECT id, amount_minor FROM write_off
        WHERE payment_id = ? AND item_id = ? AND undone_on IS NULL
        """, arguments: [paymentID, itemID])
    var writtenOff: Int64 = 0
    for writeOff in writeOffs {
      try db.execute(
        cached: """
          UPDATE write_off SET undone_on = ?, undone_reason = ?, undone_reconciliation_id = ?
          WHERE id = ?
          """, arguments: [date.iso8601, undo.reason, reconciliation, writeOff["id"] as Int64])
      let amount: Int64 = writeOff["amount_minor"]
      writtenOff += amount
      try changeOpen(of: itemID, by: amount)
    }
    try db.execute(
      cached: """
        DELETE FROM known_payer WHERE payment_id = ?
          AND source IN ('confirmed match', 'manual allocation')
        """, arguments: [paymentID])
    let money = Money(minorUnits: undone, currency: undo.amount.currency)
    let alsoWrittenOff =
      writtenOff > 0
      ? " and the \(Money(minorUnits: writtenOff, currency: undo.amount.currency).decimalString) written off with it"
      : ""
    try HistoryEntry(
      event: .unallocated, amount: undone + writtenOff,
      detail:
        "\(money.decimalString) \(money.currency.code) from payment \(undo.paymentReference) taken back\(alsoWrittenOff): \(undo.reason)"
    ).append(to: itemID, on: date, runID: run, db)
  }
}
