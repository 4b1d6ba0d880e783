import GRDB
public import Receivables

extension Ledger {
  /// Items with something still open, oldest due date first.
  public func openItems() throws(LedgerError) -> [OpenItem] {
    try read("read open items") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT open_item.*, ingested_file.name AS file_name FROM open_item
          JOIN ingested_file ON ingested_file.id = open_item.source_file
          WHERE open_minor != 0 ORDER BY due_date, number
          """
      ).map { row in try row.openItem(fileName: row["file_name"]) }
    }
  }

  /// One item by its number, open or not.
  public func item(number: String) throws(LedgerError) -> OpenItem? {
    try read("read item \(number)") { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT open_item.*, ingested_file.name AS file_name FROM open_item
          JOIN ingested_file ON ingested_file.id = open_item.source_file WHERE number = ?
          """, arguments: [number]
      ).map { row in try row.openItem(fileName: row["file_name"]) }
    }
  }

  /// Every customer by id.
  public func customers() throws(LedgerError) -> [String: Customer] {
    try read("read customers") { db in
      let rows = try Row.fetchAll(db, sql: "SELECT * FROM customer")
      return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"], $0.customer()) })
    }
  }

  /// The history of one item, oldest first, as (date, event, detail) lines.
  public func history(ofItem number: String) throws(LedgerError) -> [(
    date: LocalDate, event: ItemEvent, detail: String
  )] {
    try read("read the history of \(number)") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT happened_on, event, detail FROM item_history
          JOIN open_item ON open_item.id = item_history.item_id
          WHERE open_item.number = ? ORDER BY item_history.id
          """, arguments: [number]
      ).map { row in
        let text: String = row["event"]
        guard let event = ItemEvent(rawValue: text) else {
          throw LedgerError(.corruptRecord, "item \(number) has a history event '\(text)'")
        }
        return (try row.date("happened_on"), event, row["detail"])
      }
    }
  }
}
