/// Why the ledger refused or failed a read or write.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case cannotOpen, storage, duplicateFile, overAllocation, unknownRecord, corruptRecord,
        invariantViolated
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The database file could not be opened or migrated.
    public static let cannotOpen = Code(.cannotOpen)
    /// SQLite reported an error (busy, disk full, I/O).
    public static let storage = Code(.storage)
    /// A file with the same content was already processed.
    public static let duplicateFile = Code(.duplicateFile)
    /// An allocation would apply more than a payment or an item has left.
    public static let overAllocation = Code(.overAllocation)
    /// A record named in a write does not exist.
    public static let unknownRecord = Code(.unknownRecord)
    /// A stored value could not be read back into a domain value.
    public static let corruptRecord = Code(.corruptRecord)
    /// A ledger invariant does not hold.
    public static let invariantViolated = Code(.invariantViolated)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What happened and what to do.
  public let message: String
  /// The underlying error, if any (SQLite's). Its text may hold SQL but never bound values.
  public let underlying: (any Error & Sendable)?

  init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
    self.code = code
    self.message = message
    self.underlying = underlying
  }

  /// True for faults that may pass when retried: the database was busy or locked.
  public var isTransient: Bool {
    guard let underlying else { return false }
    let text = String(describing: underlying)
    return text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")
      || text.contains("database is locked")
  }

  public var description: String {
    if let underlying { return "\(message) (\(underlying))" }
    return message
  }
}
