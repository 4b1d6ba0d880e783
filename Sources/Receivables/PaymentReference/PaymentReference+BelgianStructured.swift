extension PaymentReference {
  /// The 12 digits of a Belgian structured communication, after checking that the last two are
  /// the first ten modulo 97 (97 when that is 0).
  static func belgianStructuredValue(_ text: String) throws(PaymentReferenceError) -> String {
    let compact = try compacted(
      text, as: .belgianStructured, dropping: ["+", "*", "/"],
      allowed: "only digits, spaces and the “+”, “*” and “/” of its printed form")
    guard compact.count == 12 else {
      throw .wrongLength(
        text, .belgianStructured, count: compact.count,
        expected: "12 digits (3, 4 and 5, as in +++090/9337/55493+++)")
    }
    guard belgianCheckDigitsMatch(digitValues(compact)) else {
      throw .wrongCheckDigits(text, .belgianStructured)
    }
    return compact
  }

  /// Whether the last two of 12 digits are the first ten modulo 97, with 97 standing for 0.
  static func belgianCheckDigitsMatch(_ digits: [Int]) -> Bool {
    let remainder = Mod97.remainder(ofDigits: digits.prefix(10))
    return (remainder == 0 ? 97 : remainder) == digits[10] * 10 + digits[11]
  }

  /// Whether `text` is written as digits in groups of 3, 4 and 5 joined by slashes
  /// ("090/9337/55493"), the body of a printed OGM/VCS.
  static func isSlashedStructuredCommunication(_ text: some StringProtocol) -> Bool {
    let groups = text.split(separator: "/", omittingEmptySubsequences: false)
    return groups.map(\.count) == [3, 4, 5] && groups.allSatisfy { isDigits($0) }
  }
}
