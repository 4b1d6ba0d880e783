import GRDB
public import Receivables

/// A pause or dispute as the ledger keeps it: the hold (its end already moved to the day before
/// a resume) with who set it and how it ended.
public struct HoldRecord: Sendable, Hashable {
  public var hold: Hold
  /// The day reminders resumed, when someone ended it.
  public var endedOn: LocalDate?
  public var endReason: String?
  /// Who set it: "arflow pause", "holds.csv line 4".
  public var source: String
}

extension Ledger {
  /// Every pause and dispute, oldest first; of one customer (with its items') when given.
  public func holds(customerID: String? = nil) throws(LedgerError) -> [HoldRecord] {
    try read("read holds") { db in
      let filter =
        customerID == nil
        ? "" : "WHERE dunning_hold.customer_id = ?1 OR open_item.customer_id = ?1"
      return try Row.fetchAll(
        db,
        sql: """
          SELECT dunning_hold.*, open_item.number FROM dunning_hold
          LEFT JOIN open_item ON open_item.id = dunning_hold.item_id
          \(filter) ORDER BY dunning_hold.id
          """, arguments: customerID.map { [$0] } ?? []
      ).map { row in
        let kind: String = row["kind"]
        let scope: Hold.Scope =
          if let number: String = row["number"] { .item(number) } else {
            .customer(row["customer_id"])
          }
        let endedOn = try (row["ended_on"] as String?).map { try LocalDate(iso8601: $0) }
        var until = try (row["until"] as String?).map { try LocalDate(iso8601: $0) }
        if let endedOn {
          let last = endedOn.adding(days: -1)
          until = until.map { min($0, last) } ?? last
        }
        return HoldRecord(
          hold: Hold(
            scope: scope, kind: Hold.Kind(rawValue: kind) ?? .pause, reason: row["reason"],
            since: try row.date("since"), until: until),
          endedOn: endedOn, endReason: row["end_reason"], source: row["source"])
      }
    }
  }

  /// Promises to pay, oldest first, each with the payments made toward it since it was made;
  /// only the running ones unless `all`, of one customer when given.
  public func promises(customerID: String? = nil, all: Bool = false) throws(LedgerError)
    -> [PaymentPromise]
  {
    try read("read promises") { db in
      var conditions = all ? [] : ["state = 'active'"]
      if customerID != nil { conditions.append("customer_id = ?") }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db, sql: "SELECT * FROM payment_promise \(filter) ORDER BY id",
        arguments: customerID.map { [$0] } ?? []
      ).map { row in
        let id: Int64 = row["id"]
        let numbers = try String.fetchAll(
          db,
          sql: """
            SELECT open_item.number FROM payment_promise_item
            JOIN open_item ON open_item.id = item_id WHERE promise_id = ? ORDER BY item_id
            """, arguments: [id])
        let madeOn = try row.date("made_on")
        let customer: String = row["customer_id"]
        let state: String = row["state"]
        return PaymentPromise(
          id: String(id), customerID: customer, amount: try row.money("amount_minor"),
          promisedBy: try row.date("promised_by"), itemNumbers: numbers, madeOn: madeOn,
          payments: try ReceivedPayments(db: db).toward(
            customerID: customer, itemNumbers: numbers, since: madeOn),
          state: PaymentPromise.State(rawValue: state) ?? .active)
      }
    }
  }

  /// Payment arrangements, oldest first, with each instalment's paid part (payments toward the
  /// arrangement's items since it was made, filling the instalments in order); only the
  /// running ones unless `all`, of one customer when given.
  public func arrangements(customerID: String? = nil, all: Bool = false) throws(LedgerError)
    -> [PaymentArrangement]
  {
    try read("read payment arrangements") { db in
      var conditions = all ? [] : ["state = 'active'"]
      if customerID != nil { conditions.append("customer_id = ?") }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db, sql: "SELECT * FROM payment_arrangement \(filter) ORDER BY id",
        arguments: customerID.map { [$0] } ?? []
      ).map { row in
        let id: Int64 = row["id"]
        let customer: String = row["customer_id"]
        let state: String = row["state"]
        let numbers = try String.fetchAll(
          db,
          sql: """
            SELECT open_item.number FROM payment_arrangement_item
            JOIN open_item ON open_item.id = item_id WHERE arrangement_id = ? ORDER BY item_id
            """, arguments: [id])
        let paid = try ReceivedPayments(db: db).toward(
          customerID: customer, itemNumbers: numbers, since: try row.date("made_on")
        ).reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        var left = paid
        let code: String = row["currency"]
        guard let currency = try? Currency(code: code) else {
          throw LedgerError(.corruptRecord, "arrangement \(id) has the currency '\(code)'")
        }
        let instalments = try Row.fetchAll(
          db, sql: "SELECT * FROM instalment WHERE arrangement_id = ? ORDER BY number",
          arguments: [id]
        ).map { instalment in
          let amount = Money(minorUnits: instalment["amount_minor"], currency: currency)
          let share = min(left, amount.minorUnits)
          left -= share
          return Instalment(
            number: instalment["number"], dueDate: try instalment.date("due_date"),
            amount: amount,
            reference: try PaymentReference(instalment["reference"], scheme: .creditorReference),
            paid: Money(minorUnits: share, currency: amount.currency),
            remindedOn: try (instalment["reminded_on"] as String?).map {
              try LocalDate(iso8601: $0)
            })
        }
        return PaymentArrangement(
          id: String(id), customerID: customer, itemNumbers: numbers, instalments: instalments,
          state: PaymentArrangement.State(rawValue: state) ?? .active)
      }
    }
  }
}

/// Money that reached a customer's items since a day: allocated payments by their booking
/// date, and amounts an export said were settled outside arflow by the day it said so.
struct ReceivedPayments {
  let db: Database

  func toward(customerID: String, itemNumbers: [String], since: LocalDate) throws
    -> [ReceivedPayment]
  {
    let items =
      itemNumbers.isEmpty
      ? ""
      : "AND open_item.number IN (\(itemNumbers.map { _ in "?" }.joined(separator: ", ")))"
    var arguments: StatementArguments = [customerID, since.iso8601]
    arguments += StatementArguments(itemNumbers)
    arguments += [customerID, since.iso8601]
    arguments += StatementArguments(itemNumbers)
    return try Row.fetchAll(
      db,
      sql: """
        SELECT payment.booking_date AS day, allocation.amount_minor AS amount,
          allocation.currency AS currency
        FROM allocation JOIN payment ON payment.id = allocation.payment_id
        JOIN open_item ON open_item.id = allocation.item_id
        WHERE allocation.undone_on IS NULL AND open_item.customer_id = ?
          AND payment.booking_date >= ? \(items)
        UNION ALL
        SELECT item_history.happened_on, item_history.amount_minor, open_item.currency
        FROM item_history JOIN open_item ON open_item.id = item_history.item_id
        WHERE item_history.event IN ('settledOutside', 'closedBySnapshot')
          AND open_item.customer_id = ? AND item_history.happened_on >= ? \(items)
        ORDER BY day
        """, arguments: arguments
    ).map { row in
      ReceivedPayment(amount: try row.money("amount"), date: try row.date("day"))
    }
  }
}
