import GRDB
import Receivables

/// Pauses, disputes, resumes and promises inside one write transaction: what the commands
/// write one at a time and a holds file writes row by row with its own hash.
struct HoldStep {
  let db: Database

  /// Records a pause or dispute; see `Ledger.hold`.
  func hold(_ hold: Hold, source: String) throws -> Hold {
    if let until = hold.until, until < hold.since {
      throw LedgerError(
        .refused,
        "a hold cannot end on \(until.iso8601), before it starts on \(hold.since.iso8601)",
        fix:
          "give an end date (--until, or the until column of a holds file) on or after the day it starts"
      )
    }
    let target = try HoldTarget(hold.scope, db)
    if hold.kind == .dispute, target.itemID == nil {
      throw LedgerError(
        .refused, "only an item can be disputed, not a whole customer",
        fix: "give --item NUMBER, or pause the customer with arflow pause --customer")
    }
    // The same hold recorded again (a command repeated, a holds sheet dropped again with rows
    // added) is the hold already running, not a second one.
    let running = try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM dunning_hold WHERE item_id IS ? AND customer_id IS ?
          AND kind = ? AND reason = ? AND until IS ? AND ended_on IS NULL)
        """,
      arguments: [
        target.itemID, target.customerID, hold.kind.rawValue, hold.reason, hold.until?.iso8601,
      ])
    if running == true { return hold }
    try db.execute(
      sql: """
        INSERT INTO dunning_hold (item_id, customer_id, kind, reason, since, until, source,
          recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        target.itemID, target.customerID, hold.kind.rawValue, hold.reason, hold.since.iso8601,
        hold.until?.iso8601, source, Ledger.timestamp(),
      ])
    if let itemID = target.itemID {
      try HistoryEntry(event: .dunningHold, amount: nil, detail: "\(hold.summary) (\(source))")
        .append(to: itemID, on: hold.since, db)
    }
    return hold
  }

  /// Ends the pauses and disputes of an item or customer; see `Ledger.resume`.
  func resume(_ scope: Hold.Scope, on date: LocalDate, reason: String, source: String) throws
    -> Int
  {
    let target = try HoldTarget(scope, db)
    let column = target.itemID == nil ? "customer_id" : "item_id"
    let key: any DatabaseValueConvertible = target.itemID ?? target.customerID ?? ""
    try db.execute(
      sql: """
        UPDATE dunning_hold SET ended_on = ?, end_reason = ?
        WHERE \(column) = ? AND ended_on IS NULL AND (until IS NULL OR until >= ?)
        """,
      arguments: [date.iso8601, "\(reason) (\(source))", key, date.iso8601])
    let ended = db.changesCount
    if ended > 0, let itemID = target.itemID {
      try HistoryEntry(
        event: .dunningHold, amount: nil, detail: "reminders resume: \(reason) (\(source))"
      ).append(to: itemID, on: date, db)
    }
    return ended
  }

  /// Records a promise to pay; see `Ledger.promise`.
  func promise(
    customerID: String, amount: Money, promisedBy: LocalDate, itemNumbers: [String],
    madeOn: LocalDate, source: String
  ) throws -> PaymentPromise {
    guard amount.isPositive else {
      throw LedgerError(
        .refused, "a promise is to pay a positive amount, not \(amount)",
        fix: "give --amount as the amount the customer promised, like 500.00")
    }
    guard promisedBy >= madeOn else {
      throw LedgerError(
        .refused,
        "a promise made on \(madeOn.iso8601) cannot be due on \(promisedBy.iso8601), before it",
        fix: "give --by the date the customer promised to pay by")
    }
    _ = try HoldTarget(.customer(customerID), db)
    let items = try CustomerItems(customerID: customerID, currency: amount.currency, db)
      .ids(of: itemNumbers)
    // The same promise recorded again is the one already on record.
    if let known = try Int64.fetchOne(
      db,
      sql: """
        SELECT id FROM payment_promise WHERE customer_id = ? AND currency = ?
          AND amount_minor = ? AND promised_by = ?
        """,
      arguments: [customerID, amount.currency.code, amount.minorUnits, promisedBy.iso8601])
    {
      return PaymentPromise(
        id: String(known), customerID: customerID, amount: amount, promisedBy: promisedBy,
        itemNumbers: itemNumbers, madeOn: madeOn)
    }
    try db.execute(
      sql: """
        INSERT INTO payment_promise (customer_id, currency, amount_minor, promised_by, made_on,
          source, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        customerID, amount.currency.code, amount.minorUnits, promisedBy.iso8601,
        madeOn.iso8601, source, Ledger.timestamp(),
      ])
    let id = db.lastInsertedRowID
    for itemID in items {
      try db.execute(
        sql: "INSERT OR IGNORE INTO payment_promise_item (promise_id, item_id) VALUES (?, ?)",
        arguments: [id, itemID])
      try HistoryEntry(
        event: .dunningHold, amount: nil,
        detail: "promised: \(amount) by \(promisedBy.iso8601) (promise \(id), \(source))"
      ).append(to: itemID, on: madeOn, db)
    }
    return PaymentPromise(
      id: String(id), customerID: customerID, amount: amount, promisedBy: promisedBy,
      itemNumbers: itemNumbers, madeOn: madeOn)
  }

  /// Applies one row of a holds file on `date`, the day the file is booked.
  func apply(_ instruction: HoldInstruction, on date: LocalDate) throws {
    let source = instruction.sourceText
    let scope: Hold.Scope
    if let number = instruction.itemNumber {
      if let customer = instruction.customerID,
        let owner = try String.fetchOne(
          db, sql: "SELECT customer_id FROM open_item WHERE number = ?", arguments: [number]),
        owner != customer
      {
        throw LedgerError(
          .refused, "item \(number) is customer \(owner)'s, not \(customer)'s",
          fix: "correct the item or the customer number, or leave the customer empty")
      }
      scope = .item(number)
    } else if let customer = instruction.customerID {
      scope = .customer(customer)
    } else {
      throw LedgerError(
        .refused, "the row names neither an item nor a customer",
        fix: "fill in the item number or the customer number")
    }
    switch instruction.action {
    case .pause, .dispute:
      _ = try hold(
        Hold(
          scope: scope, kind: instruction.action == .pause ? .pause : .dispute,
          reason: instruction.reason, since: date, until: instruction.until), source: source)
    case .resume:
      _ = try resume(scope, on: date, reason: instruction.reason, source: source)
    case .promise:
      guard let amount = instruction.amount, let promisedBy = instruction.until else {
        throw LedgerError(
          .refused, "a promise needs an amount and the date it is promised by",
          fix: "fill in the amount and the until column (the promised date)")
      }
      var customerID = instruction.customerID
      if customerID == nil, let number = instruction.itemNumber {
        customerID = try String.fetchOne(
          db, sql: "SELECT customer_id FROM open_item WHERE number = ?", arguments: [number])
        if customerID == nil { throw LedgerError.unknownItem(number) }
      }
      _ = try promise(
        customerID: customerID ?? "", amount: amount, promisedBy: promisedBy,
        itemNumbers: instruction.itemNumber.map { [$0] } ?? [], madeOn: date, source: source)
    }
  }
}
