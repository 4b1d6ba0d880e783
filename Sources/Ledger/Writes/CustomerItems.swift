import GRDB
import Receivables

/// One customer's open invoices inside a write, for the commands that name some of them
/// (promises, arrangements): checks that each named item is the customer's, open, and in one
/// currency.
struct CustomerItems {
  struct Entry {
    var id: Int64
    var number: String
    var open: Money
  }

  let customerID: String
  let currency: Currency
  let db: Database
  /// Open invoices in `currency`, oldest due date first.
  let entries: [Entry]

  /// - Parameter currency: the currency of the items; nil to take the one currency the
  ///   customer's open invoices are in.
  /// - Throws: `LedgerError` `refused` when `currency` is nil and the customer owes in several.
  init(customerID: String, currency: Currency?, _ db: Database) throws {
    self.customerID = customerID
    self.db = db
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, number, currency, open_minor FROM open_item
        WHERE customer_id = ? AND kind = 'invoice' AND open_minor > 0
        ORDER BY due_date, number
        """, arguments: [customerID])
    let codes = Set(rows.map { $0["currency"] as String })
    let chosen: Currency
    if let currency {
      chosen = currency
    } else if codes.count > 1 {
      throw LedgerError(
        .refused,
        "customer \(customerID) owes in \(codes.sorted().joined(separator: " and "))",
        fix: "give --currency, or name the items with --item")
    } else {
      chosen = try Currency(code: codes.first ?? "EUR")
    }
    self.currency = chosen
    entries = try rows.filter { ($0["currency"] as String) == chosen.code }.map { row in
      Entry(id: row["id"], number: row["number"], open: try row.money("open_minor"))
    }
  }

  /// Every open invoice in the currency.
  var openInvoices: [Int64] { entries.map(\.id) }

  /// The ids of the named items, each checked to be one of the customer's open invoices in
  /// the currency.
  func ids(of numbers: [String]) throws -> [Int64] {
    try numbers.map { number in
      if let entry = entries.first(where: { $0.number == number }) { return entry.id }
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT customer_id, currency, open_minor FROM open_item WHERE number = ?",
          arguments: [number])
      else { throw LedgerError.unknownItem(number) }
      let owner: String = row["customer_id"]
      let code: String = row["currency"]
      let open: Int64 = row["open_minor"]
      let why =
        owner != customerID
        ? "is customer \(owner)'s, not \(customerID)'s"
        : code != currency.code
          ? "is in \(code), not \(currency.code)"
          : open <= 0 ? "has nothing open" : "is not an invoice"
      throw LedgerError(
        .refused, "item \(number) \(why)",
        fix: "name only open invoices of customer \(customerID) (arflow customer \(customerID))")
    }
  }

  /// The open amount of the items together.
  func open(of ids: [Int64]) throws -> Money {
    var total = Money.zero(currency)
    for entry in entries where ids.contains(entry.id) { total = try total + entry.open }
    return total
  }

  /// The numbers of the items, in the order given.
  func numbers(of ids: [Int64]) -> [String] {
    ids.compactMap { id in entries.first { $0.id == id }?.number }
  }

  /// Refuses items that are in a running arrangement already.
  func refuseArranged(_ ids: [Int64]) throws {
    for id in ids {
      if let arrangement = try Int64.fetchOne(
        db,
        sql: """
          SELECT payment_arrangement.id FROM payment_arrangement_item
          JOIN payment_arrangement ON payment_arrangement.id = arrangement_id
          WHERE item_id = ? AND state = 'active'
          """, arguments: [id])
      {
        let number = entries.first { $0.id == id }?.number ?? String(id)
        throw LedgerError(
          .refused, "item \(number) is already in payment arrangement \(arrangement)",
          fix: "leave it out, or wait until that arrangement is completed or broken")
      }
    }
  }
}
