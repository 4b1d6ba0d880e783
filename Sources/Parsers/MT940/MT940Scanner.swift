import Foundation

/// Cuts the lines of a file into statements.
///
/// A statement starts at `:20:` and ends at the next `:20:`, at a line starting with `-` (the
/// SWIFT end of text: `-`, `-}`, `-}{5:}`, also `-XXX` as some banks write it) or where a new
/// `{1:…}{2:…}{4:` envelope starts. A line that is not a tag continues the field before it
/// (wrapped at 65 characters). Anything before the first `:20:` or between messages (bank header
/// lines such as `ABNANL2A` / `940`, a `:940:` line, prose) is skipped.
struct MT940Scanner {
  private var messages: [MT940Message] = []
  private var current: MT940Message?
  private var announcedType: String?

  /// The statements of the file in order, each with its fields.
  static func messages(in lines: [String]) -> [MT940Message] {
    var scanner = MT940Scanner()
    for (index, line) in lines.enumerated() {
      scanner.take(line, number: index + 1)
    }
    scanner.close()
    return scanner.messages
  }

  private mutating func take(_ line: String, number: Int) {
    var text = Substring(line)
    if Self.isEnvelope(text) {
      close()
      if let block2 = text.range(of: "{2:") {
        announcedType = String(text[block2.upperBound...].dropFirst().prefix(3))
      }
      guard let block4 = text.range(of: "{4:") else { return }
      text = text[block4.upperBound...]
    }
    if Self.endsMessage(text) {
      close()
      return
    }
    if let field = MT940Field.parse(String(text), line: number) {
      if field.tag == "20" {
        close()
        current = MT940Message(fields: [field], announcedType: announcedType)
      } else {
        current?.fields.append(field)
      }
    } else {
      current?.continueLastField(with: String(text))
    }
  }

  private mutating func close() {
    if let current { messages.append(current) }
    current = nil
  }

  /// `{1:`, `{2:`… a SWIFT block, not text.
  private static func isEnvelope(_ text: Substring) -> Bool {
    let head = Array(text.prefix(3))
    return head.count == 3 && head[0] == "{" && head[1].isASCIIDigit && head[2] == ":"
  }

  /// `-` alone, `-}` and what follows it, or `-` with at most three more characters.
  private static func endsMessage(_ text: Substring) -> Bool {
    guard text.first == "-" else { return false }
    let rest = text.dropFirst().trimmingCharacters(in: .whitespaces)
    return rest.isEmpty || rest.hasPrefix("}") || rest.count <= 3
  }
}
