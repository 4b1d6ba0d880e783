extension PaymentReference {
  /// The significant digits of a Finnish reference number, after checking its length and its
  /// 7-3-1 check digit: the digits before it weighted 7, 3, 1, 7, … from the right, and the check
  /// digit takes the sum up to the next multiple of ten.
  ///
  /// Leading zeros are dropped: the 20-digit machine form pads with them and print omits them.
  static func finnishValue(_ text: String) throws(PaymentReferenceError) -> String {
    let compact = try compacted(text, as: .finnish)
    let significant = String(compact.drop { $0 == "0" })
    guard (4...20).contains(significant.count) else {
      throw .wrongLength(
        text, .finnish, count: significant.count,
        expected: "4 to 20 digits, the last being the check digit (leading zeros not counted)")
    }
    let digits = digitValues(significant)
    let check = WeightedModulus.finnishReference.complement(of: digits.dropLast()) % 10
    guard digits.last == check else { throw .wrongCheckDigits(text, .finnish) }
    return significant
  }
}
