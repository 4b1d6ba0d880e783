/// Amounts of line-based statements, which write whole minor units with implied decimals
/// (CODA: 15 digits with 3 decimals; BAI2: an integer in the currency's minor unit).
enum StatementAmount {
  /// `1234.560` for 1234560 thousandths; unsigned, a dot, exactly `decimals` decimals.
  static func decimal(_ minorUnits: Int, decimals: Int) -> String {
    let digits = String(minorUnits.magnitude)
    guard decimals > 0 else { return digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    return "\(padded.dropLast(decimals)).\(padded.suffix(decimals))"
  }

  /// The value of a run of ASCII digits, or nil (empty, other characters, or too large).
  static func integer(_ text: some StringProtocol) -> Int? {
    guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(text)
  }
}

extension StatementAmount {
  /// The sum of `values`, or nil when it does not fit (a hostile file must not crash us).
  static func total(_ values: some Sequence<Int>) -> Int? {
    var sum = 0
    for value in values {
      let (next, overflow) = sum.addingReportingOverflow(value)
      if overflow { return nil }
      sum = next
    }
    return sum
  }
}
