extension Money {
  /// Adds two amounts of the same currency.
  /// - Throws: `MoneyError` on a currency mismatch or overflow.
  public static func + (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
    try lhs.requireSameCurrency(rhs)
    let (sum, overflow) = lhs.minorUnits.addingReportingOverflow(rhs.minorUnits)
    guard !overflow else { throw overflowError() }
    return Money(minorUnits: sum, currency: lhs.currency)
  }

  /// Subtracts an amount of the same currency.
  /// - Throws: `MoneyError` on a currency mismatch or overflow.
  public static func - (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
    try lhs.requireSameCurrency(rhs)
    let (difference, overflow) = lhs.minorUnits.subtractingReportingOverflow(rhs.minorUnits)
    guard !overflow else { throw overflowError() }
    return Money(minorUnits: difference, currency: lhs.currency)
  }

  /// Multiplies by a whole number (a quantity).
  public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
    let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw Money.overflowError() }
    return Money(minorUnits: product, currency: currency)
  }

  /// Multiplies by the fraction `numerator / denominator`, rounding half away from zero to
  /// the currency's minor unit (the rule for fees and interest).
  /// - Throws: `MoneyError` when the denominator is zero or the result does not fit.
  public func multiplied(
    byFraction numerator: Int64, over denominator: Int64
  ) throws(MoneyError) -> Money {
    guard denominator != 0 else {
      throw MoneyError(.invalidParts, "a rate with denominator zero cannot be applied")
    }
    let product = Int128(minorUnits) * Int128(numerator)
    var quotient = product / Int128(denominator)
    let remainder = product % Int128(denominator)
    if remainder.magnitude * 2 >= Int128(denominator).magnitude {
      quotient += (product < 0) != (denominator < 0) ? -1 : 1
    }
    guard let result = Int64(exactly: quotient) else { throw Money.overflowError() }
    return Money(minorUnits: result, currency: currency)
  }

  /// Adds up amounts of one currency; an empty list is zero in `currency`.
  public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(MoneyError)
    -> Money
  {
    var total = Money.zero(currency)
    for amount in amounts { total = try total + amount }
    return total
  }

  static func overflowError() -> MoneyError { overflow() }
}
