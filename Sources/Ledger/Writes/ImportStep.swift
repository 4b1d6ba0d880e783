import GRDB
import Receivables

/// Stores the items and payments of one file inside the file's transaction.
struct ImportStep {
  let db: Database
  let fileID: Int64
  let date: LocalDate
  /// The mapping the file was read with, stored with each item for full snapshots.
  let mapping: String?

  func store(_ item: OpenItem, into summary: inout ImportSummary) throws {
    guard
      let row = try Row.fetchOne(
        db,
        cached:
          "SELECT id, currency, open_minor, due_date, dunning_policy FROM open_item WHERE number = ?",
        arguments: [item.number])
    else {
      try insert(item, into: &summary)
      summary.itemsAdded += 1
      return
    }
    let itemID: Int64 = row["id"]
    let currency: String = row["currency"]
    let ledgerOpen: Int64 = row["open_minor"]
    let dueDate: String = row["due_date"]
    var changed = false
    if currency == item.currency.code, item.openAmount.minorUnits.magnitude < ledgerOpen.magnitude,
      item.openAmount.minorUnits.signum() != -ledgerOpen.signum()
    {
      let settled = ledgerOpen - item.openAmount.minorUnits
      try db.execute(
        cached: """
          UPDATE open_item SET open_minor = open_minor - ?,
            settled_outside_minor = settled_outside_minor + ? WHERE id = ?
          """, arguments: [settled, settled, itemID])
      try HistoryEntry(
        event: .settledOutside, amount: settled,
        detail:
          "\(item.source) lists \(item.openAmount.decimalString) \(currency) open; the difference was settled outside arflow"
      ).append(to: itemID, on: date, fileID: fileID, db)
      changed = true
    }
    if dueDate != item.dueDate.iso8601 {
      try db.execute(
        cached: "UPDATE open_item SET due_date = ? WHERE id = ?",
        arguments: [item.dueDate.iso8601, itemID])
      try HistoryEntry(
        event: .dueDateChanged, amount: nil,
        detail: "due date changed from \(dueDate) to \(item.dueDate.iso8601) by \(item.source)"
      ).append(to: itemID, on: date, fileID: fileID, db)
      changed = true
    }
    if let policy = item.dunningPolicy, policy != row["dunning_policy"] {
      try db.execute(
        cached: "UPDATE open_item SET dunning_policy = ? WHERE id = ?", arguments: [policy, itemID])
      changed = true
    }
    if changed { summary.itemsChanged += 1 } else { summary.itemsUnchanged += 1 }
  }

  private func insert(_ item: OpenItem, into summary: inout ImportSummary) throws {
    let settledOutside = item.amount.minorUnits - item.openAmount.minorUnits
    try db.execute(
      cached: """
        INSERT INTO open_item (number, kind, customer_id, issue_date, due_date, currency,
          amount_minor, settled_outside_minor, open_minor, payment_reference, reference_scheme,
          source_file, source_line, source_mapping, due_date_basis, type_code, preceding_number,
          dunning_hold, dunnable_from, source_element, provenance, number_key, preceding_key,
          payment_reference_text, dunning_policy)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        item.number, item.kind.rawValue, item.customerID, item.issueDate.iso8601,
        item.dueDate.iso8601, item.currency.code, item.amount.minorUnits, settledOutside,
        item.openAmount.minorUnits, item.paymentReference?.value,
        item.paymentReference?.scheme.rawValue, fileID, item.source.line, mapping,
        item.dueDateBasis?.stored, item.typeCode, item.precedingInvoice, item.dunningHold,
        item.dunnableFrom?.iso8601, item.source.element, Self.provenanceText(item.provenance),
        ItemNumberKey.key(item.number), item.precedingInvoice.map(ItemNumberKey.key),
        item.paymentReferenceText, item.dunningPolicy,
      ])
    let itemID = db.lastInsertedRowID
    var detail = "imported from \(item.source)"
    if settledOutside != 0 {
      detail +=
        "; \(item.openAmount.decimalString) of \(item.amount.decimalString) \(item.currency.code) open"
    }
    if let basis = item.dueDateBasis, basis.origin != .document {
      detail += "; due \(item.dueDate.iso8601) by \(basis)"
    }
    if let from = item.dunnableFrom {
      detail += "; paid by direct debit: no reminder before \(from.iso8601)"
    }
    try HistoryEntry(event: .imported, amount: item.amount.minorUnits, detail: detail)
      .append(to: itemID, on: date, fileID: fileID, db)
    if let hold = item.dunningHold {
      try HistoryEntry(event: .dunningHold, amount: nil, detail: hold)
        .append(to: itemID, on: date, fileID: fileID, db)
    }
    for warning in item.warnings {
      try HistoryEntry(event: .warning, amount: nil, detail: warning)
        .append(to: itemID, on: date, fileID: fileID, db)
    }
    try link(item, id: itemID, into: &summary)
  }

  /// Provenance as sorted `key: value` lines; nil when there is none.
  static func provenanceText(_ provenance: [String: String]) -> String? {
    guard !provenance.isEmpty else { return nil }
    return provenance.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
      .joined(separator: "\n")
  }

  func store(_ payment: Payment, into summary: inout ImportSummary) throws {
    let known =
      try Bool.fetchOne(
        db, cached: "SELECT EXISTS(SELECT 1 FROM payment WHERE bank_reference = ?)",
        arguments: [payment.bankReference]) ?? false
    guard !known else {
      summary.paymentsAlreadyKnown += 1
      return
    }
    try db.execute(
      cached: """
        INSERT INTO payment (bank_reference, booking_date, value_date, currency, amount_minor,
          unallocated_minor, counterparty_name, counterparty_iban, structured_reference,
          remittance_text, end_to_end_id, source_file, source_line, source_element, account,
          is_reversal, return_reason, transaction_code, mandate_id, ultimate_debtor,
          servicer_reference)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        payment.bankReference, payment.bookingDate.iso8601, payment.valueDate.iso8601,
        payment.amount.currency.code, payment.amount.minorUnits,
        payment.isIncomingPayment ? payment.amount.minorUnits : 0, payment.counterpartyName,
        payment.counterpartyIBAN, payment.structuredReference, payment.remittanceText,
        payment.endToEndID, fileID, payment.source.line, payment.source.element, payment.account,
        payment.isReversal, payment.returnReason, payment.transactionCode, payment.mandateID,
        payment.ultimateDebtor, payment.servicerReference,
      ])
    summary.paymentsAdded += 1
  }
}

/// One line of an item's append-only history.
struct HistoryEntry {
  var event: ItemEvent
  var amount: Int64?
  var detail: String

  func append(
    to itemID: Int64, on date: LocalDate, fileID: Int64? = nil, runID: Int64? = nil,
    _ db: Database
  ) throws {
    try db.execute(
      cached: """
        INSERT INTO item_history (item_id, happened_on, recorded_at, event, amount_minor,
          open_after_minor, detail, file_id, run_id)
        VALUES (?, ?, ?, ?, ?, (SELECT open_minor FROM open_item WHERE id = ?), ?, ?, ?)
        """,
      arguments: [
        itemID, date.iso8601, Ledger.timestamp(), event.rawValue, amount, itemID, detail, fileID,
        runID,
      ])
  }
}
