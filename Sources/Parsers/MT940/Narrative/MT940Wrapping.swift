import Foundation

/// How the physical lines of an `:86:` field go together. Banks wrap the field at 65 characters,
/// often in the middle of a word: a line that long which does not end in a space runs on into
/// the next line without a break, while a shorter line, or one padded with spaces, ends where it
/// ends. Free text is read that way. In keyed layouts (`/KEY/value`, `KEY: value`) the text is
/// one run, so any line of 60 characters or more counts as cut (Rabobank writes some at 60–64),
/// and a line break elsewhere stands for a space.
enum MT940Wrapping {
  /// The SWIFT line width.
  static let fieldWidth = 65
  /// From this length on, a line of a keyed layout is taken as cut rather than ended.
  static let keyedWidth = 60

  /// Whether the line was cut at `width` rather than ended by the bank.
  static func isWrapped(_ line: String, width: Int = fieldWidth) -> Bool {
    line.count >= width && line.last?.isWhitespace == false
  }

  /// The lines as the bank meant them: wrapped lines joined, each trimmed, blank ones left out.
  static func logicalLines(_ lines: [String]) -> [String] {
    var joined: [String] = []
    var runsOn = false
    for line in lines {
      if runsOn, let last = joined.popLast() {
        joined.append(last + line)
      } else {
        joined.append(line)
      }
      runsOn = isWrapped(line)
    }
    return joined.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// One text for a keyed layout: a cut line runs on, a line ending or starting at a `/` joins
  /// without a space, any other line break becomes a space.
  static func joined(_ lines: [String]) -> String {
    var text = ""
    var previous: String?
    for line in lines {
      if let previous, !isWrapped(previous, width: keyedWidth), previous.last != "/",
        line.first != "/"
      {
        text += " "
      }
      text += line
      previous = line
    }
    return text
  }
}
