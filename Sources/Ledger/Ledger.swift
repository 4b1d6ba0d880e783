import Foundation
import GRDB
import Synchronization

/// The receivables ledger: the one place that writes arflow's state, in SQLite through GRDB.
///
/// Every write is one transaction; a method either changes everything it says or nothing.
public final class Ledger: Sendable {
  let pool: DatabasePool
  /// The database file.
  public let path: String
  /// Called inside every transaction that stores a file, just before it commits: the recovery
  /// tests kill the process there. Does nothing unless the caller sets it.
  let insideFileCommit: @Sendable () -> Void

  /// Opens (creating when needed) the ledger at `path` in WAL mode and brings its schema up to date.
  /// - Parameter insideFileCommit: a hook called inside each file's transaction before it
  ///   commits (for recovery tests).
  /// - Throws: `LedgerError` with code `cannotOpen`.
  public init(path: String, insideFileCommit: @escaping @Sendable () -> Void = {})
    throws(LedgerError)
  {
    self.path = path
    self.insideFileCommit = insideFileCommit
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(10)
    configuration.label = "arflow.ledger"
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      pool = try DatabasePool(path: path, configuration: configuration)
      try LedgerMigrations.migrator.migrate(pool)
    } catch {
      throw LedgerError(
        .cannotOpen,
        "cannot open the ledger at \(path); check that the folder is writable and the file is an arflow ledger",
        underlying: error)
    }
  }

  /// Runs `body` in one write transaction, turning SQLite errors into `LedgerError`.
  ///
  /// In debug builds (the tests), the ledger's invariants are checked inside every write
  /// transaction, so a write that would break one fails and is rolled back.
  func write<T>(_ what: String, _ body: (Database) throws -> T) throws(LedgerError) -> T {
    do {
      return try pool.write { db in
        let result = try body(db)
        #if DEBUG
          let violations = try Ledger.invariantViolations(db)
          if !violations.isEmpty {
            throw LedgerError(.invariantViolated, violations.joined(separator: "; "))
          }
        #endif
        return result
      }
    } catch let error as LedgerError {
      throw error
    } catch {
      throw LedgerError(.storage, "could not \(what)", underlying: error)
    }
  }

  /// Runs `body` on a read-only snapshot, turning SQLite errors into `LedgerError`.
  func read<T>(_ what: String, _ body: (Database) throws -> T) throws(LedgerError) -> T {
    do {
      return try pool.read(body)
    } catch let error as LedgerError {
      throw error
    } catch {
      throw LedgerError(.storage, "could not \(what)", underlying: error)
    }
  }

  /// The wall-clock time of a write, for audit columns only: dates that matter are `LocalDate`s.
  static func timestamp() -> String {
    timestampFormatter.withLock { $0.string(from: Date()) }
  }

  /// One formatter for every write: making one per history line cost more than the line.
  private static let timestampFormatter = Mutex(ISO8601DateFormatter())
}
