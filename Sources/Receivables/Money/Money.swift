/// An exact amount of money: a whole number of minor units (cents) in one currency.
///
/// Never a floating-point value. Arithmetic is overflow-checked and refuses to mix currencies.
public struct Money: Hashable, Sendable, CustomStringConvertible {
  /// The amount in minor units: 123456 is 1234.56 EUR, 1234 is 1234 JPY.
  public let minorUnits: Int64
  public let currency: Currency

  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// Zero in the given currency.
  public static func zero(_ currency: Currency) -> Money {
    Money(minorUnits: 0, currency: currency)
  }

  public var isZero: Bool { minorUnits == 0 }
  public var isNegative: Bool { minorUnits < 0 }
  public var isPositive: Bool { minorUnits > 0 }

  /// The amount as a plain decimal string with exactly the currency's decimals: "1234.56", "-0.50", "1234" (JPY).
  public var decimalString: String {
    let factor = currency.minorUnitsPerMajor
    let magnitude = minorUnits.magnitude
    let major = magnitude / UInt64(factor)
    let sign = minorUnits < 0 ? "-" : ""
    guard currency.minorUnits > 0 else { return "\(sign)\(major)" }
    let minor = String(magnitude % UInt64(factor))
    let padded = String(repeating: "0", count: currency.minorUnits - minor.count) + minor
    return "\(sign)\(major).\(padded)"
  }

  public var description: String { "\(decimalString) \(currency.code)" }

  /// The same amount with the opposite sign.
  public func negated() throws(MoneyError) -> Money {
    guard minorUnits != .min else { throw Money.overflow() }
    return Money(minorUnits: -minorUnits, currency: currency)
  }

  /// The absolute amount.
  public var magnitude: Money {
    minorUnits == .min ? self : Money(minorUnits: Swift.abs(minorUnits), currency: currency)
  }

  /// The smaller of two amounts in the same currency.
  public static func min(_ lhs: Money, _ rhs: Money) throws(MoneyError) -> Money {
    try lhs.requireSameCurrency(rhs)
    return lhs.minorUnits <= rhs.minorUnits ? lhs : rhs
  }

  func requireSameCurrency(_ other: Money) throws(MoneyError) {
    guard currency == other.currency else {
      throw MoneyError(
        .currencyMismatch,
        "cannot combine \(currency.code) with \(other.currency.code); amounts in different currencies are kept apart"
      )
    }
  }

  static func overflow() -> MoneyError {
    MoneyError(.overflow, "the amount is too large to compute exactly")
  }
}

extension Money: Comparable {
  /// Orders by currency code, then by amount, so sorting mixed currencies is stable.
  public static func < (lhs: Money, rhs: Money) -> Bool {
    if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
    return lhs.minorUnits < rhs.minorUnits
  }
}
