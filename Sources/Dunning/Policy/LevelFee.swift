public import Receivables

/// A reminder fee a level charges, as the policy writes it: one decimal for every currency
/// (`fee: "7.50"`) or an amount per currency (`fee: { EUR: "7.50", GBP: "6.00" }`).
///
/// Read now, charged from the fees-and-interest issue on: the plan does not use it yet.
public struct LevelFee: Sendable, Hashable {
  /// The decimal that applies in any currency not listed, "7.50"; nil when only listed
  /// currencies are charged.
  public let decimal: String?
  /// Amounts for named currencies.
  public let perCurrency: [Currency: Money]

  public init(decimal: String?, perCurrency: [Currency: Money] = [:]) {
    self.decimal = decimal
    self.perCurrency = perCurrency
  }

  /// The fee in `currency`; nil when the level charges nothing in that currency.
  /// - Throws: `MoneyError` when the decimal has more decimals than the currency (e.g. JPY).
  public func amount(in currency: Currency) throws(MoneyError) -> Money? {
    if let listed = perCurrency[currency] { return listed }
    guard let decimal else { return nil }
    return try Money(decimal: decimal, currency: currency)
  }
}
