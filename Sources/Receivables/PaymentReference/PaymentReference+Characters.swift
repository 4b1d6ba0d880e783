extension PaymentReference {
  /// `text` without whitespace and the given separators; any other character must be an ASCII
  /// digit (or, with `letters`, an ASCII letter, returned upper-cased).
  /// - Throws: `invalidCharacters`, naming the first character that does not belong.
  static func compacted(
    _ text: String, as scheme: Scheme, dropping separators: Set<Character> = [],
    letters: Bool = false, allowed: String = "only digits and spaces"
  ) throws(PaymentReferenceError) -> String {
    var compact = ""
    for character in text where !character.isWhitespace && !separators.contains(character) {
      guard character.isASCII, character.isNumber || (letters && character.isLetter) else {
        throw .invalidCharacter(text, scheme, found: character, allowed: allowed)
      }
      compact.append(character)
    }
    return letters ? compact.uppercased() : compact
  }

  /// The values of the ASCII digits in `text`, which must hold nothing else.
  static func digitValues(_ text: some StringProtocol) -> [Int] {
    text.unicodeScalars.map { Int($0.value) - 48 }
  }

  /// Whether `text` is made only of ASCII digits (and not empty).
  static func isDigits(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { (48...57).contains($0.value) }
  }
}
