import GRDB

/// Direct SQL on a ledger file, for tests that tamper with or inspect what the API hides.
struct DatabaseProbe {
  let queue: DatabaseQueue

  init(path: String) throws {
    queue = try DatabaseQueue(path: path)
  }

  func execute(_ sql: String) throws {
    try queue.write { db in try db.execute(sql: sql) }
  }
}
