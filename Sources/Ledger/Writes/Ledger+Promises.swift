import GRDB
public import Receivables

extension Ledger {
  /// Records a customer's promise to pay `amount` by `promisedBy`.
  /// - Parameters:
  ///   - itemNumbers: the items it covers; empty for the customer's balance.
  ///   - madeOn: the day it was made (the command's `--as-of`); payments from then on count.
  ///   - source: who recorded it: "arflow promise", "holds.csv line 3".
  /// - Throws: `LedgerError` `unknownRecord` for an unknown customer or item, `refused` for a
  ///   date before `madeOn`, an item of another customer or another currency.
  @discardableResult
  public func promise(
    customerID: String, amount: Money, promisedBy: LocalDate, itemNumbers: [String] = [],
    madeOn: LocalDate, source: String
  ) throws(LedgerError) -> PaymentPromise {
    try write("record a promise") { db in
      try HoldStep(db: db).promise(
        customerID: customerID, amount: amount, promisedBy: promisedBy, itemNumbers: itemNumbers,
        madeOn: madeOn, source: source)
    }
  }

  /// Records a payment arrangement: the items' open amounts split into `count` instalments from
  /// `first` on, each with its own RF reference that pays the items when a payment quotes it.
  /// - Parameters:
  ///   - itemNumbers: the items it covers; empty for every open invoice of the customer in
  ///     `currency`.
  /// - Throws: `LedgerError` `unknownRecord` for an unknown customer or item, `refused` for an
  ///   item already in a running arrangement, settled, or of another customer or currency, or
  ///   terms that make no instalments.
  @discardableResult
  public func arrange(
    customerID: String, currency: Currency?, itemNumbers: [String], count: Int,
    first: LocalDate, every interval: PaymentArrangement.Interval, madeOn: LocalDate,
    source: String
  ) throws(LedgerError) -> PaymentArrangement {
    try write("record a payment arrangement") { db in
      _ = try HoldTarget(.customer(customerID), db)
      let book = try CustomerItems(customerID: customerID, currency: currency, db)
      let items = itemNumbers.isEmpty ? book.openInvoices : try book.ids(of: itemNumbers)
      guard !items.isEmpty else {
        throw LedgerError(
          .refused, "customer \(customerID) has no open invoices to arrange",
          fix: "check the customer number with arflow customer \(customerID)")
      }
      try book.refuseArranged(items)
      let total = try book.open(of: items)
      try db.execute(
        sql: """
          INSERT INTO payment_arrangement (customer_id, currency, made_on, every, source,
            recorded_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          customerID, total.currency.code, madeOn.iso8601, interval.description, source,
          Ledger.timestamp(),
        ])
      let id = String(db.lastInsertedRowID)
      let instalments: [Instalment]
      do {
        instalments = try PaymentArrangement.instalments(
          total: total, count: count, first: first, every: interval, arrangementID: id)
      } catch let error as ArrangementError {
        throw LedgerError(.refused, error.message, fix: error.fix)
      }
      for instalment in instalments {
        try db.execute(
          sql: """
            INSERT INTO instalment (arrangement_id, number, due_date, amount_minor, reference)
            VALUES (?, ?, ?, ?, ?)
            """,
          arguments: [
            id, instalment.number, instalment.dueDate.iso8601, instalment.amount.minorUnits,
            instalment.reference.value,
          ])
      }
      for itemID in items {
        try db.execute(
          sql: "INSERT INTO payment_arrangement_item (arrangement_id, item_id) VALUES (?, ?)",
          arguments: [id, itemID])
        for instalment in instalments {
          try db.execute(
            sql: "INSERT INTO shared_reference (reference, item_id, origin) VALUES (?, ?, ?)",
            arguments: [
              instalment.reference.value, itemID,
              "arrangement \(id), instalment \(instalment.number)",
            ])
        }
        try HistoryEntry(
          event: .dunningHold, amount: nil,
          detail:
            "in payment arrangement \(id): \(count) instalments of \(total) from \(first.iso8601), every \(interval) (\(source))"
        ).append(to: itemID, on: madeOn, db)
      }
      return PaymentArrangement(
        id: id, customerID: customerID, itemNumbers: try book.numbers(of: items),
        instalments: instalments)
    }
  }
}
