import GRDB
import Receivables

/// The row-level writes of one reconciliation, inside its transaction. Every change of an
/// amount is checked against what is left and adds a history line to the item.
struct ReconciliationStep {
  let db: Database
  let date: LocalDate
  let reconciliation: Int64
  let run: Int64?

  func allocate(_ allocation: Allocation) throws {
    let payment = try paymentRow(allocation.paymentReference)
    let item = try itemRow(allocation.itemNumber)
    let amount = allocation.amount.minorUnits
    let currency = allocation.amount.currency.code
    let paymentRest: Int64 = payment["unallocated_minor"]
    let itemOpen: Int64 = item["open_minor"]
    guard amount > 0, currency == payment["currency"], currency == item["currency"],
      amount <= paymentRest, amount <= itemOpen
    else {
      throw LedgerError(
        .overAllocation,
        "allocating \(allocation.amount) from payment \(allocation.paymentReference) to item \(allocation.itemNumber) exceeds what is left (payment \(paymentRest), item \(itemOpen) minor units)"
      )
    }
    let (paymentID, itemID): (Int64, Int64) = (payment["id"], item["id"])
    try db.execute(
      cached: """
        INSERT INTO allocation (payment_id, item_id, currency, amount_minor, rule, confidence,
          explanation, allocated_on, run_id, reconciliation_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        paymentID, itemID, currency, amount, allocation.rule.rawValue, allocation.confidence,
        allocation.explanation, date.iso8601, run, reconciliation,
      ])
    try db.execute(
      cached: "UPDATE payment SET unallocated_minor = unallocated_minor - ? WHERE id = ?",
      arguments: [amount, paymentID])
    try changeOpen(of: itemID, by: -amount)
    try HistoryEntry(
      event: .allocated, amount: amount,
      detail:
        "\(allocation.amount.decimalString) \(currency) from payment \(allocation.paymentReference) by rule \(allocation.rule) (\(allocation.confidence)%): \(allocation.explanation)"
    ).append(to: itemID, on: date, runID: run, db)
  }

  func writeOff(_ writeOff: WriteOff) throws {
    let item = try itemRow(writeOff.itemNumber)
    let itemID: Int64 = item["id"]
    let itemOpen: Int64 = item["open_minor"]
    let amount = writeOff.amount.minorUnits
    guard amount > 0, amount <= itemOpen, writeOff.amount.currency.code == item["currency"] else {
      throw LedgerError(
        .overAllocation,
        "writing off \(writeOff.amount) of item \(writeOff.itemNumber) exceeds its open \(itemOpen) minor units"
      )
    }
    let paymentID = try writeOff.paymentReference.map { try paymentRow($0)["id"] as Int64 }
    try db.execute(
      cached: """
        INSERT INTO write_off (item_id, payment_id, currency, amount_minor, reason,
          written_off_on, reconciliation_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        itemID, paymentID, writeOff.amount.currency.code, amount, writeOff.reason, date.iso8601,
        reconciliation,
      ])
    try changeOpen(of: itemID, by: -amount)
    try HistoryEntry(
      event: .writtenOff, amount: amount,
      detail:
        "\(writeOff.amount.decimalString) \(writeOff.amount.currency.code) written off: \(writeOff.reason)"
    ).append(to: itemID, on: date, runID: run, db)
  }

  func net(_ netting: CreditNetting) throws {
    let credit = try itemRow(netting.creditNoteNumber)
    let invoice = try itemRow(netting.invoiceNumber)
    let amount = netting.amount.minorUnits
    let creditOpen: Int64 = credit["open_minor"]
    let invoiceOpen: Int64 = invoice["open_minor"]
    let currency = netting.amount.currency.code
    guard amount > 0, amount <= -creditOpen, amount <= invoiceOpen, currency == credit["currency"],
      currency == invoice["currency"]
    else {
      throw LedgerError(
        .overAllocation,
        "netting \(netting.amount) of credit note \(netting.creditNoteNumber) against \(netting.invoiceNumber) exceeds what is open (credit \(creditOpen), invoice \(invoiceOpen) minor units)"
      )
    }
    let (creditID, invoiceID): (Int64, Int64) = (credit["id"], invoice["id"])
    try db.execute(
      cached: """
        INSERT INTO credit_netting (credit_item_id, invoice_item_id, currency, amount_minor, rule,
          confidence, explanation, netted_on, reconciliation_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        creditID, invoiceID, currency, amount, netting.rule.rawValue, netting.confidence,
        netting.explanation, date.iso8601, reconciliation,
      ])
    try changeOpen(of: invoiceID, by: -amount)
    try changeOpen(of: creditID, by: amount)
    let detail =
      "\(netting.amount.decimalString) \(currency) of credit note \(netting.creditNoteNumber) set off against invoice \(netting.invoiceNumber): \(netting.explanation)"
    try HistoryEntry(event: .netted, amount: amount, detail: detail)
      .append(to: invoiceID, on: date, runID: run, db)
    try HistoryEntry(event: .netted, amount: amount, detail: detail)
      .append(to: creditID, on: date, runID: run, db)
  }

  func learn(_ payer: LearnedPayer) throws {
    try Self.learn(payer, on: date, db)
  }

  /// Records that an IBAN belongs to a customer (kept once per IBAN and customer).
  static func learn(_ payer: LearnedPayer, on date: LocalDate, _ db: Database) throws {
    let iban = IBAN.compact(payer.iban)
    guard !iban.isEmpty else { return }
    let paymentID = try payer.paymentReference.flatMap {
      try Int64.fetchOne(
        db, cached: "SELECT id FROM payment WHERE bank_reference = ?", arguments: [$0])
    }
    try db.execute(
      cached: """
        INSERT OR IGNORE INTO known_payer (iban, customer_id, source, learned_on, payment_id)
        VALUES (?, ?, ?, ?, ?)
        """, arguments: [iban, payer.customerID, payer.source.rawValue, date.iso8601, paymentID])
  }

  func changeOpen(of itemID: Int64, by amount: Int64) throws {
    try db.execute(
      cached: "UPDATE open_item SET open_minor = open_minor + ? WHERE id = ?",
      arguments: [amount, itemID])
  }

  func paymentRow(_ reference: String) throws -> Row {
    guard
      let row = try Row.fetchOne(
        db,
        cached: """
          SELECT id, currency, amount_minor, unallocated_minor, reversed_minor
          FROM payment WHERE bank_reference = ?
          """, arguments: [reference])
    else { throw LedgerError(.unknownRecord, "payment \(reference) is not in the ledger") }
    return row
  }

  func itemRow(_ number: String) throws -> Row {
    guard
      let row = try Row.fetchOne(
        db, cached: "SELECT id, currency, open_minor FROM open_item WHERE number = ?",
        arguments: [number])
    else { throw LedgerError(.unknownRecord, "item \(number) is not in the ledger") }
    return row
  }
}
