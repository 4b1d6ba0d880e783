extension PaymentReference {
  /// The digits of a Dutch betalingskenmerk, after checking its length, length code and check
  /// digit as the Betaalvereniging specifies them:
  ///
  /// - 7 digits: no check digit and no length code;
  /// - 9 to 14 digits: check digit, then a length code (the number of digits after it, modulo 10),
  ///   then 7 to 12 digits;
  /// - 16 digits: check digit, then 15 digits.
  ///
  /// The check digit is 11 minus the weighted sum modulo 11 of every digit after it (weights 2, 4,
  /// 8, 5, 10, 9, 7, 3, 6, 1 from the right), where 10 is written 1 and 11 is written 0.
  static func dutchPaymentFeatureValue(_ text: String) throws(PaymentReferenceError) -> String {
    let compact = try compacted(text, as: .dutchPaymentFeature)
    let digits = digitValues(compact)
    switch digits.count {
    case 7:
      return compact
    case 9...14:
      let following = digits.count - 2
      guard digits[1] == following % 10 else {
        throw PaymentReferenceError(
          .wrongLength, text: text,
          message: "“\(text)” is not a valid \(Scheme.dutchPaymentFeature.name): its length code "
            + "(the second digit, \(digits[1])) does not match the \(following) digits after it. "
            + "Check that no digit is missing or doubled.")
      }
    case 16:
      break
    default:
      throw .wrongLength(
        text, .dutchPaymentFeature, count: digits.count,
        expected: "16 digits, 9 to 14 digits with a length code, or 7 digits")
    }
    guard digits[0] == dutchCheckDigit(for: digits.dropFirst()) else {
      throw .wrongCheckDigits(text, .dutchPaymentFeature)
    }
    return compact
  }

  /// The check digit for the digits after it: 11 − (weighted sum mod 11), 10 → 1, 11 → 0.
  static func dutchCheckDigit(for digits: ArraySlice<Int>) -> Int {
    switch WeightedModulus.dutchPaymentFeature.complement(of: digits) {
    case 10: 1
    case 11: 0
    case let check: check
    }
  }
}
