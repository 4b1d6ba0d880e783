/// What kind of account or bank identifier a piece of MT940 text looks like. Only the shape is
/// checked (an IBAN's check digits are not), since the account is kept as written either way.
enum MT940AccountShape {
  /// Two capital letters, two digits, then 11 to 30 capital letters or digits (`NL91ABNA…`).
  static func isIBAN(_ text: some StringProtocol) -> Bool {
    let characters = Array(text)
    guard (15...34).contains(characters.count) else { return false }
    return characters[0..<2].allSatisfy(isCapital) && characters[2..<4].allSatisfy(\.isASCIIDigit)
      && characters[4...].allSatisfy { isCapital($0) || $0.isASCIIDigit }
  }

  /// Eight or eleven characters, the first six capital letters (`DABADKKK`, `ABNANL2AXXX`).
  static func isBIC(_ text: some StringProtocol) -> Bool {
    let characters = Array(text)
    guard characters.count == 8 || characters.count == 11 else { return false }
    return characters[0..<6].allSatisfy(isCapital)
      && characters[6...].allSatisfy { isCapital($0) || $0.isASCIIDigit }
  }

  /// A German bank code (Bankleitzahl): eight digits.
  static func isBankCode(_ text: some StringProtocol) -> Bool {
    text.count == 8 && text.allSatisfy(\.isASCIIDigit)
  }

  /// An account number as Dutch banks wrote them before SEPA and still do next to the name:
  /// an IBAN, nine or ten digits (dots between groups allowed, `52.89.39.882`), or a Postbank
  /// giro number `P` + digits.
  static func isAccountNumber(_ text: some StringProtocol) -> Bool {
    if isIBAN(text) { return true }
    if text.first == "P", text.count > 1, text.dropFirst().allSatisfy(\.isASCIIDigit) {
      return text.count <= 10
    }
    let digits = text.filter(\.isASCIIDigit).count
    return (9...10).contains(digits) && text.allSatisfy { $0.isASCIIDigit || $0 == "." }
      && text.first != "." && text.last != "."
  }

  private static func isCapital(_ character: Character) -> Bool {
    character.isASCII && character.isUppercase
  }
}
