/// The text of a spreadsheet or CSV cell as the value readers see it.
enum CellText {
  /// The text without surrounding spaces, no-break spaces, tabs or a byte-order mark.
  static func trimmed(_ text: some StringProtocol) -> Substring {
    var body = Substring(text)
    while let first = body.first, isBlank(first) { body.removeFirst() }
    while let last = body.last, isBlank(last) { body.removeLast() }
    return body
  }

  /// Spaces of any width (including U+00A0 and U+202F), tabs, line breaks and U+FEFF.
  static func isBlank(_ character: Character) -> Bool {
    character.isWhitespace || character == "\u{FEFF}"
  }

  /// "0" to "9" only: no other scripts' digits, no fractions.
  static func isDigit(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
  }

  /// Whether the text is one or more ASCII digits.
  static func isDigits(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.allSatisfy(isDigit)
  }
}
