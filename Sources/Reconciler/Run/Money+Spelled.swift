import Receivables

extension Money {
  /// The amount as explanations write it, grouped and with the currency code:
  /// "1,250.00 EUR", "-3.50 EUR", "1,000 JPY".
  var spelled: String {
    let plain = decimalString
    let negative = plain.hasPrefix("-")
    let unsigned = negative ? String(plain.dropFirst()) : plain
    let parts = unsigned.split(separator: ".", maxSplits: 1)
    var whole = ""
    for (offset, digit) in parts[0].reversed().enumerated() {
      if offset > 0, offset % 3 == 0 { whole = "," + whole }
      whole = String(digit) + whole
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return "\(negative ? "-" : "")\(whole)\(fraction) \(currency.code)"
  }
}
