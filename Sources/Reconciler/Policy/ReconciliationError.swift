public import Ledger
public import Receivables

/// Why reconciliation, or a person's allocation, could not be done, where, and what to do.
public struct ReconciliationError: ExplainedError {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String { case policyInvalid, unknownRecord, notAllowed, ledger }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// `mappings/reconciliation.yaml` cannot be used.
    public static let policyInvalid = Code(.policyInvalid)
    /// A payment or item a person named is not in the ledger (or not uniquely).
    public static let unknownRecord = Code(.unknownRecord)
    /// What a person asked cannot be booked (another currency, more than is left).
    public static let notAllowed = Code(.notAllowed)
    /// The ledger failed; see `cause`.
    public static let ledger = Code(.ledger)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  public let message: String
  public let fix: String
  /// The file or setting concerned, when there is one.
  public let location: String?
  /// The error underneath, kept whole.
  public let cause: (any Error & Sendable)?

  public init(
    _ code: Code, _ message: String, fix: String, location: String? = nil,
    cause: (any Error & Sendable)? = nil
  ) {
    self.code = code
    self.message = message
    self.fix = fix
    self.location = location
    self.cause = cause
  }

  /// The ledger's error, told as a reconciliation error with the ledger's own words.
  init(_ error: LedgerError) {
    self.init(.ledger, error.message, fix: error.fix, location: error.location, cause: error)
  }

  public var description: String { "\(placedMessage); \(fix)" }
}
