import GRDB
public import Receivables

extension Ledger {
  /// Pauses reminders for an item or a customer, or marks an item disputed.
  /// - Parameters:
  ///   - scope: the item (by number) or the customer (by id).
  ///   - kind: a pause, or a dispute (items only).
  ///   - since: the first day it applies (the command's `--as-of`).
  ///   - until: the last day a pause applies; nil until someone resumes.
  ///   - source: who asked: "arflow pause", "holds.csv line 4".
  /// - Returns: the hold as the planner sees it.
  /// - Throws: `LedgerError` `unknownRecord` for an unknown item or customer, `refused` for a
  ///   dispute of a customer or an end before the start.
  @discardableResult
  public func hold(
    _ scope: Hold.Scope, kind: Hold.Kind, reason: String, since: LocalDate, until: LocalDate?,
    source: String
  ) throws(LedgerError) -> Hold {
    let hold = Hold(scope: scope, kind: kind, reason: reason, since: since, until: until)
    return try write("record a hold") { db in try HoldStep(db: db).hold(hold, source: source) }
  }

  /// Ends every pause and dispute of an item or a customer from `date` on.
  /// - Returns: how many holds ended.
  /// - Throws: `LedgerError` `unknownRecord` for an unknown item or customer.
  @discardableResult
  public func resume(
    _ scope: Hold.Scope, on date: LocalDate, reason: String, source: String
  ) throws(LedgerError) -> Int {
    try write("resume reminders") { db in
      try HoldStep(db: db).resume(scope, on: date, reason: reason, source: source)
    }
  }
}

/// The row a hold names: an item's id or a customer's id, checked to exist.
struct HoldTarget {
  var itemID: Int64?
  var customerID: String?

  init(_ scope: Hold.Scope, _ db: Database) throws {
    switch scope {
    case .item(let number):
      guard
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM open_item WHERE number = ?", arguments: [number])
      else { throw LedgerError.unknownItem(number) }
      itemID = id
    case .customer(let id):
      guard
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS(SELECT 1 FROM customer WHERE id = ?)", arguments: [id]) ?? false
      else { throw LedgerError.unknownCustomer(id) }
      customerID = id
    }
  }
}
