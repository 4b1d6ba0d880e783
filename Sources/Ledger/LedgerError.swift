public import Receivables

/// Why the ledger refused or failed a read or write.
public struct LedgerError: ExplainedError {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case cannotOpen, storage, duplicateFile, overAllocation, unknownRecord, corruptRecord,
        invariantViolated, snapshotGuard, refused
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
    /// A full snapshot would close more of its source's open items than its mapping allows
    /// (or lists none at all); nothing of it was booked until a person confirms it.
    public static let snapshotGuard = Code(.snapshotGuard)
    /// A person's request does not fit what the ledger holds (a promise on a paid item, an
    /// item already in an arrangement); nothing was changed.
    public static let refused = Code(.refused)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What happened and what to do.
  public let message: String
  /// The underlying error, if any (SQLite's). Its text may hold SQL but never bound values.
  public let underlying: (any Error & Sendable)?

  /// What to do about it.
  public let fix: String
  /// The ledger's file, or the record the problem is about.
  public let location: String?

  init(
    _ code: Code, _ message: String, fix: String? = nil, location: String? = nil,
    underlying: (any Error & Sendable)? = nil
  ) {
    self.code = code
    self.message = message
    self.fix = fix ?? Self.defaultFix(code)
    self.location = location
    self.underlying = underlying
  }

  /// An item a person named that the ledger does not hold.
  public static func unknownItem(_ number: String) -> LedgerError {
    LedgerError(
      .unknownRecord, "there is no item \(number) in the ledger",
      fix: "give the invoice or credit-note number as the export wrote it (arflow items lists them)"
    )
  }

  /// A customer a person named that the ledger does not hold.
  public static func unknownCustomer(_ id: String) -> LedgerError {
    LedgerError(
      .unknownRecord, "there is no customer \(id) in the ledger",
      fix: "give the customer number as the accounting export writes it (arflow status lists them)"
    )
  }

  private static func defaultFix(_ code: Code) -> String {
    switch code {
    case .cannotOpen:
      "check that the folder is writable and the file is an arflow ledger (.arflow/ledger.sqlite)"
    case .duplicateFile: "nothing: the file was booked before and is not booked twice"
    case .overAllocation: "allocate at most what both the payment and the item have left"
    case .unknownRecord: "check the number or reference against arflow status and the files"
    case .corruptRecord, .invariantViolated:
      "stop using this ledger and report it with a copy of .arflow/ledger.sqlite"
    default: "run again; if it keeps failing, check the disk and .arflow/ledger.sqlite"
    }
  }

  /// True for faults that may pass when retried: the database was busy or locked.
  public var isTransient: Bool {
    guard let underlying else { return false }
    let text = String(describing: underlying)
    return text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")
      || text.contains("database is locked")
  }

  public var description: String {
    var text = placedMessage
    if let underlying { text += " (\(underlying))" }
    return text
  }
}
