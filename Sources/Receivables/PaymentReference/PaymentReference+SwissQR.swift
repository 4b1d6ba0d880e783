extension PaymentReference {
  /// The 27 digits of a Swiss QR reference, after checking the last one by recursive modulo 10.
  static func swissQRValue(_ text: String) throws(PaymentReferenceError) -> String {
    let compact = try compacted(text, as: .swissQR)
    guard compact.count == 27 else {
      throw .wrongLength(
        text, .swissQR, count: compact.count,
        expected: "27 digits (2 and five groups of 5, the last digit being the check digit)")
    }
    let digits = digitValues(compact)
    guard digits[26] == RecursiveMod10.checkDigit(for: digits.prefix(26)) else {
      throw .wrongCheckDigits(text, .swissQR)
    }
    return compact
  }
}
