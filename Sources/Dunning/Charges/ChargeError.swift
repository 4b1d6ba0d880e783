public import Receivables

/// Why a fee, collection costs or interest cannot be computed, and what to do about it.
public struct ChargeError: ExplainedError, Equatable {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case rateTable, beforeTable, unknownRule, currency, dates, amount
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// A rate table is missing, empty or not readable.
    public static let rateTable = Code(.rateTable)
    /// A day before a table's first row.
    public static let beforeTable = Code(.beforeTable)
    /// A rule name arflow does not know.
    public static let unknownRule = Code(.unknownRule)
    /// The rule's sums exist only in another currency.
    public static let currency = Code(.currency)
    /// The end date lies before the start.
    public static let dates = Code(.dates)
    /// The amount is not one the rule applies to (negative, or too large to compute).
    public static let amount = Code(.amount)
    public var description: String { kind.rawValue }
  }

  /// What kind of problem it is.
  public let code: Code
  /// What is wrong.
  public let message: String
  /// What to do about it.
  public let fix: String

  /// An error of `code` saying what is wrong and what to do.
  public init(_ code: Code, _ message: String, fix: String) {
    self.code = code
    self.message = message
    self.fix = fix
  }

  /// A computation has no place in a file.
  public var location: String? { nil }

  public var description: String { "\(message); \(fix)" }
}
