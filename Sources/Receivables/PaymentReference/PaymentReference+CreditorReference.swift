extension PaymentReference {
  /// The most characters an RF reference carries after "RF" and its two check digits.
  static let creditorReferenceCapacity = 21

  /// An ISO 11649 RF reference for an invoice number: the invoice number's letters and digits
  /// (upper-cased, other characters dropped) with computed check digits.
  ///
  /// "2024-0012" becomes "RF2620240012", printed "RF26 2024 0012".
  /// - Parameter invoiceNumber: The invoice number as the invoice shows it.
  /// - Throws: `wrongLength` when it has no letters or digits or more than 21 of them;
  ///   `invalidCharacters` for a letter or digit outside A–Z and 0–9 (such as "É"), which an RF
  ///   reference cannot carry and which is not silently dropped.
  public static func creditorReference(
    for invoiceNumber: String
  ) throws(PaymentReferenceError) -> PaymentReference {
    var content = ""
    for character in invoiceNumber where character.isLetter || character.isNumber {
      guard character.isASCII else {
        throw .invalidCharacter(
          invoiceNumber, .creditorReference, found: character,
          allowed: "only the letters A–Z and the digits 0–9 (other characters are left out)")
      }
      content.append(character)
    }
    guard (1...creditorReferenceCapacity).contains(content.count) else {
      throw PaymentReferenceError(
        .wrongLength, text: invoiceNumber,
        message: "The invoice number “\(invoiceNumber)” has \(content.count) letters and digits, "
          + "but an RF creditor reference carries 1 to \(creditorReferenceCapacity). "
          + "Use a shorter number, such as the invoice number without its prefix.")
    }
    content = content.uppercased()
    // Check digits are 98 minus the remainder of the content followed by "RF00".
    let check = 98 - (Mod97.remainder(ofAlphanumeric: content + "RF00") ?? 0)
    let checkDigits = check < 10 ? "0\(check)" : "\(check)"
    return PaymentReference(checked: "RF" + checkDigits + content, scheme: .creditorReference)
  }

  /// The electronic form of an RF reference, after checking prefix, length and check digits:
  /// "RF" and its check digits moved to the end, letters read as 10…35, must leave 1 mod 97.
  static func creditorReferenceValue(_ text: String) throws(PaymentReferenceError) -> String {
    let compact = try compacted(
      text, as: .creditorReference, letters: true,
      allowed: "only “RF”, two check digits, the letters A–Z, digits and spaces")
    guard compact.hasPrefix("RF") else {
      throw PaymentReferenceError(
        .invalidCharacters, text: text,
        message: "“\(text)” does not start with “RF”, so it is not an RF creditor reference "
          + "(ISO 11649). Read it with its own scheme.")
    }
    guard (5...(4 + creditorReferenceCapacity)).contains(compact.count) else {
      throw .wrongLength(
        text, .creditorReference, count: compact.count,
        expected: "RF, two check digits and 1 to 21 letters or digits (5 to 25 characters)")
    }
    let checkDigits = compact.dropFirst(2).prefix(2)
    if let letter = checkDigits.first(where: { !$0.isNumber }) {
      throw .invalidCharacter(
        text, .creditorReference, found: letter, allowed: "two digits right after “RF”")
    }
    // ISO 7064 check digits run from 02 to 98; 00, 01 and 99 never occur.
    guard let check = Int(checkDigits), (2...98).contains(check),
      Mod97.remainder(ofAlphanumeric: compact.dropFirst(4) + compact.prefix(4)) == 1
    else { throw .wrongCheckDigits(text, .creditorReference) }
    return compact
  }
}
