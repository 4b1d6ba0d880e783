/// The word-level reading of a free remittance text that document numbers need.
enum RemittanceText {
  /// The words of `text`, split at white space and at punctuation that never sits inside a
  /// document number, without sentence punctuation at their ends.
  static func words(in text: String) -> [Substring] {
    var words: [Substring] = []
    var start: String.Index?
    var index = text.utf8.startIndex
    while index < text.utf8.endIndex {
      let byte = text.utf8[index]
      if separators.contains(byte) {
        if let begin = start { append(text[begin..<index], to: &words) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = text.utf8.index(after: index)
    }
    if let begin = start { append(text[begin..<text.endIndex], to: &words) }
    return words
  }

  private static func append(_ word: Substring, to words: inout [Substring]) {
    var trimmed = word
    while let last = trimmed.utf8.last, edges.contains(last) { trimmed = trimmed.dropLast() }
    while let first = trimmed.utf8.first, edges.contains(first), first != UInt8(ascii: "-") {
      trimmed = trimmed.dropFirst()
    }
    if !trimmed.isEmpty { words.append(trimmed) }
  }

  private static let separators = Set(" \t\n\r,;:()[]{}\"'=|!?<>".utf8)
  private static let edges = Set(".-/_".utf8)

  /// Whether `word` is a number of another kind: a date, an amount, a whole IBAN, a phone
  /// number, a percentage, or the digits of a Dutch postcode (`next` being its two letters).
  static func isOtherNumber(_ word: Substring, before next: Substring?) -> Bool {
    let bytes = Array(word.utf8)
    if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "*")
      || bytes.contains(UInt8(ascii: "%"))
    {
      return true
    }
    if isDate(bytes) || isAmount(bytes) || isWholeIBAN(bytes) { return true }
    if bytes.count == 4, bytes.allSatisfy(isDigit), bytes[0] != UInt8(ascii: "0"),
      let next, next.utf8.count == 2,
      next.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
      !RemittanceVocabulary.labels.contains(next.lowercased())
    {
      return true
    }
    return false
  }

  /// "1999", "2026": a year, when no document word announces it.
  static func isYear(_ word: Substring) -> Bool {
    guard word.utf8.count == 4, let year = Int(word) else { return false }
    return (1950...2099).contains(year)
  }

  /// "12-03-2026", "1.3.26", "2026-03-12", "12/03/2026".
  static func isDate(_ bytes: [UInt8]) -> Bool {
    guard let separator = bytes.first(where: { !isDigit($0) }),
      [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/")].contains(separator)
    else { return false }
    let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else {
      return false
    }
    let sizes = parts.map(\.count)
    return (sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 2 || sizes[2] == 4))
      || (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2)
  }

  /// "1.250,00", "99.50", "1,250.00": digits with a decimal mark before exactly two digits.
  static func isAmount(_ bytes: [UInt8]) -> Bool {
    let marks: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: ",")]
    guard bytes.allSatisfy({ isDigit($0) || marks.contains($0) }),
      let last = bytes.lastIndex(where: { marks.contains($0) })
    else { return false }
    return bytes.count - last - 1 == 2 && last > 0
  }

  /// "NL91ABNA0417164300": a country code, two check digits and at least 10 more characters.
  static func isWholeIBAN(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 14 && startsAccountNumber(bytes.prefix(4))
      && bytes.allSatisfy { isDigit($0) || isLetter($0) }
  }

  /// "NL91", "DE89": the first group of an IBAN printed in groups of four.
  static func startsAccountNumber(_ word: Substring) -> Bool {
    word.utf8.count == 4 && startsAccountNumber(ArraySlice(word.utf8))
  }

  private static func startsAccountNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    let start = bytes.startIndex
    guard bytes.count >= 4, isLetter(bytes[start]), isLetter(bytes[start + 1]),
      isDigit(bytes[start + 2]), isDigit(bytes[start + 3])
    else { return false }
    let country = String(decoding: bytes.prefix(2), as: UTF8.self).uppercased()
    return ibanCountries.contains(country)
  }

  /// A further group of a printed IBAN: one to four letters or digits.
  static func isAccountGroup(_ word: Substring) -> Bool {
    (1...4).contains(word.utf8.count) && word.utf8.allSatisfy { isDigit($0) || isLetter($0) }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
  }

  private static let ibanCountries: Set<String> = Set(
    """
    AD AE AT AZ BA BE BG BH BR CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU IE \
    IL IQ IS IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC \
    SE SI SK SM ST SV TL TN TR UA VA VG XK
    """.split(separator: " ").map(String.init))
}
