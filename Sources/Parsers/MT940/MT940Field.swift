import Foundation

/// One tagged field of a statement as written: the tag (`61`, `60F`, `86`), the text after the
/// tag on its first line and every continuation line up to the next tag.
struct MT940Field {
  let tag: String
  /// The first line's text after `:tag:`, then each continuation line as written.
  var lines: [String]
  /// The line the tag is on.
  let line: Int

  /// The first line's text, trimmed.
  var value: String { (lines.first ?? "").trimmingCharacters(in: .whitespaces) }

  /// The tag and its text, when `text` starts with one: two digits and an optional capital
  /// letter (`:61:`, `:28C:`), or `:NS:`.
  static func parse(_ text: String, line: Int) -> MT940Field? {
    let characters = Array(text.prefix(5))
    guard characters.count >= 4, characters[0] == ":" else { return nil }
    let isNonSwift = characters[1] == "N" && characters[2] == "S"
    guard isNonSwift || (characters[1].isASCIIDigit && characters[2].isASCIIDigit) else {
      return nil
    }
    var end = 3
    if !isNonSwift, characters[3].isASCII, characters[3].isUppercase { end = 4 }
    guard end < characters.count, characters[end] == ":" else { return nil }
    let tag = String(characters[1..<end])
    return MT940Field(tag: tag, lines: [String(text.dropFirst(end + 1))], line: line)
  }
}
