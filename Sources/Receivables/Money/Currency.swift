/// An ISO 4217 currency: its three-letter code and how many minor units (decimals) it has.
public struct Currency: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The three-letter code, upper case: "EUR", "JPY", "KWD".
  public let code: String
  /// The number of decimals of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD.
  public let minorUnits: Int

  /// Looks a code up in the ISO 4217 table.
  /// - Throws: `MoneyError` with code `unknownCurrency` when the code is not an active ISO 4217 code.
  public init(code: String) throws(MoneyError) {
    let upper = code.trimmingWhitespace().uppercased()
    guard let units = Currency.iso4217[upper] else {
      throw MoneyError(
        .unknownCurrency,
        "'\(code)' is not an ISO 4217 currency code; use a three-letter code such as EUR or USD")
    }
    self.code = upper
    self.minorUnits = units
  }

  public static let eur = Currency(known: "EUR", minorUnits: 2)
  public static let usd = Currency(known: "USD", minorUnits: 2)
  public static let gbp = Currency(known: "GBP", minorUnits: 2)
  public static let chf = Currency(known: "CHF", minorUnits: 2)
  public static let jpy = Currency(known: "JPY", minorUnits: 0)

  private init(known code: String, minorUnits: Int) {
    self.code = code
    self.minorUnits = minorUnits
  }

  public var description: String { code }

  public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

  /// 10 to the power of `minorUnits`: how many minor units make one major unit.
  var minorUnitsPerMajor: Int64 {
    var factor: Int64 = 1
    for _ in 0..<minorUnits { factor *= 10 }
    return factor
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
