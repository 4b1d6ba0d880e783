extension Money {
  /// Reads a plain decimal string ("1234.56", "-0.5", "+12", "0.125" for KWD) exactly.
  ///
  /// The decimal separator is a dot and there are no group separators; locale-shaped numbers
  /// ("1.234,56") are the Normalizer's concern. Surrounding spaces are ignored.
  /// - Throws: `MoneyError` with code `notANumber`, `tooManyDecimals` (never rounds silently)
  ///   or `overflow`.
  public init(decimal text: String, currency: Currency) throws(MoneyError) {
    let trimmed = text.trimmingWhitespace()
    var body = Substring(trimmed)
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      body.removeFirst()
    }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    let isDigits: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    guard !(whole.isEmpty && fraction.isEmpty), isDigits(whole), isDigits(fraction),
      !(parts.count > 1 && fraction.isEmpty)
    else {
      throw MoneyError(
        .notANumber, "'\(text)' is not an amount; write it like 1234.56 (a dot before the cents)")
    }
    let significantFraction = fraction.reversed().drop(while: { $0 == "0" })
    guard significantFraction.count <= currency.minorUnits else {
      throw MoneyError(
        .tooManyDecimals,
        "'\(text)' has more decimals than \(currency.code) allows (\(currency.minorUnits)); round it in the source, arflow never rounds amounts silently"
      )
    }
    var digits = String(whole.isEmpty ? "0" : whole)
    let paddedFraction = String(fraction.prefix(currency.minorUnits))
    digits +=
      paddedFraction + String(repeating: "0", count: currency.minorUnits - paddedFraction.count)
    var value: Int64 = 0
    for digit in digits.utf8 {
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (next, overflow2) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { throw Money.overflowError() }
      value = next
    }
    self.init(minorUnits: negative ? -value : value, currency: currency)
  }
}
