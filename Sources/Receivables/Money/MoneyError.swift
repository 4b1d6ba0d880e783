/// Why an amount could not be read or computed, in words a bookkeeper understands.
public struct MoneyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case unknownCurrency, notANumber, tooManyDecimals, overflow, currencyMismatch, invalidParts
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    public static let unknownCurrency = Code(.unknownCurrency)
    public static let notANumber = Code(.notANumber)
    public static let tooManyDecimals = Code(.tooManyDecimals)
    public static let overflow = Code(.overflow)
    public static let currencyMismatch = Code(.currencyMismatch)
    public static let invalidParts = Code(.invalidParts)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What is wrong and what to do about it.
  public let message: String

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
