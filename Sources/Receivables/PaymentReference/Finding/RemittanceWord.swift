/// One word of a free remittance text, with the punctuation around it set apart.
///
/// Words are separated by whitespace and by the characters that glue a label to a value
/// ("Ref:RF18…", "KID=…"). Two words can be groups of one printed number ("RF18 5390 0754 7034")
/// only when exactly one space and no punctuation stands between them.
struct RemittanceWord: Sendable {
  /// The word without the brackets, quotes and sentence punctuation around it.
  let core: String
  /// Whether exactly one space (no punctuation, no line break) separates this word from the one
  /// before it.
  let continuesPrevious: Bool

  private static let glue: Set<Character> = [":", ";", "=", "|"]
  private static let wrapping: Set<Character> = [
    "(", ")", "[", "]", "{", "}", "<", ">", "\"", "'", "«", "»", "„", "“", "”", "‘", "’", ",",
    ".", "!", "?",
  ]

  /// Whether the core is letters and digits only, with at least one digit ("7034", "NL91",
  /// "3M02"): something that could be one group of a longer printed number.
  var isNumberGroup: Bool {
    !core.isEmpty && core.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      && core.contains(where: \.isNumber)
  }

  /// The words of `text` in order.
  static func words(in text: String) -> [RemittanceWord] {
    var words: [RemittanceWord] = []
    var separator = ""
    var word = ""
    var previousEndsInPunctuation = true

    func finishWord() {
      var core = Substring(word)
      var leading = false
      var trailing = false
      while let first = core.first, wrapping.contains(first) {
        core.removeFirst()
        leading = true
      }
      while let last = core.last, wrapping.contains(last) {
        core.removeLast()
        trailing = true
      }
      word = ""
      guard !core.isEmpty else {
        separator += "."  // a lone punctuation mark separates like punctuation
        return
      }
      let singleSpace = separator == " " || separator == "\u{A0}"
      words.append(
        RemittanceWord(
          core: String(core),
          continuesPrevious: !words.isEmpty && singleSpace && !previousEndsInPunctuation
            && !leading))
      separator = ""
      previousEndsInPunctuation = trailing
    }

    for character in text {
      if character.isWhitespace || glue.contains(character) {
        if !word.isEmpty { finishWord() }
        separator.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { finishWord() }
    return words
  }
}
