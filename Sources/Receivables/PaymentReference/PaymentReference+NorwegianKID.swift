extension PaymentReference {
  /// The digits of a Norwegian KID, after checking its length and its last character.
  ///
  /// Which algorithm a creditor uses is agreed with the bank, not written in the number, so a KID
  /// is accepted when its last character is right by either MOD10 (Luhn) or MOD11 (weights 2…7
  /// from the right; 11 − sum mod 11, written 0 for 11 and "-" for 10).
  static func norwegianKIDValue(_ text: String) throws(PaymentReferenceError) -> String {
    let allowed = "only digits, spaces and, as its MOD11 check digit, a final “-”"
    let compact = try compacted(text, as: .norwegianKID, dropping: ["-"], allowed: allowed)
    let endsInDash = text.last(where: { !$0.isWhitespace }) == "-"
    guard text.count(where: { $0 == "-" }) == (endsInDash ? 1 : 0) else {
      throw .invalidCharacter(text, .norwegianKID, found: "-", allowed: allowed)
    }
    let value = endsInDash ? compact + "-" : compact
    guard (2...25).contains(value.count) else {
      throw .wrongLength(
        text, .norwegianKID, count: value.count,
        expected: "2 to 25 digits, the last being the check digit")
    }
    let payload = digitValues(endsInDash ? compact : String(compact.dropLast()))
    let mod10 = String(WeightedModulus.kidMod10.complement(of: payload) % 10)
    let mod11 =
      switch WeightedModulus.kidMod11.complement(of: payload) {
      case 11: "0"
      case 10: "-"
      case let check: String(check)
      }
    let last = String(value.suffix(1))
    guard last == mod10 || last == mod11 else { throw .wrongCheckDigits(text, .norwegianKID) }
    return value
  }
}
