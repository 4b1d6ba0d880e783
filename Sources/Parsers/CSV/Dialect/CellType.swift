/// Whether a cell looks like a value of a known type, for the sniffer's type score.
///
/// After CleverCSV's type detection, narrowed to what accounting exports hold: empty cells,
/// numbers (decimal point or comma, thousands groups, sign, exponent, trailing minus,
/// parentheses, currency sign or code, percent), dates and times, and plain text: letters,
/// digits, spaces and `- _ . ( ) ? ! / & ' + # @ : % *`. A `,` `;` `|` or tab makes unquoted
/// text unknown — it is the mark of a wrong delimiter — but is fine inside quotes.
enum CellType {
  /// Whether `cell` is of a known type.
  static func isKnown(_ cell: [UInt8], quoted: Bool) -> Bool {
    var start = 0
    var end = cell.count
    while start < end, cell[start] == 0x20 { start += 1 }
    while end > start, cell[end - 1] == 0x20 { end -= 1 }
    if start == end { return true }
    let trimmed = cell[start..<end]
    return isNumber(trimmed) || isDateOrTime(trimmed) || isText(trimmed, quoted: quoted)
  }

  private static let textPunctuation = Set("-_.()?!/&'+#@:%*".utf8)
  private static let delimiters = Set(",;|\t".utf8)

  private static func isText(_ cell: ArraySlice<UInt8>, quoted: Bool) -> Bool {
    var sawAlphanumeric = false
    for byte in cell {
      if byte >= 0x80 || isLetter(byte) || isDigit(byte) {
        sawAlphanumeric = true
      } else if byte == 0x20 || textPunctuation.contains(byte) {
        continue
      } else if !(quoted && delimiters.contains(byte)) {
        return false
      }
    }
    return sawAlphanumeric
  }

  /// `-1.234,56`, `1,234.56`, `(12.50)`, `12,50-`, `€ 3`, `EUR 3,00`, `1.5e3`, `7 %`.
  static func isNumber(_ cell: ArraySlice<UInt8>) -> Bool {
    var text = Array(cell)
    strip(&text)
    guard let first = text.first,
      isDigit(first) || first == UInt8(ascii: ".")
        || first == UInt8(ascii: ",")
    else { return false }
    var digits = 0
    var separators = 0
    var index = 0
    while index < text.count {
      let byte = text[index]
      if isDigit(byte) {
        digits += 1
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'")
      {
        separators += 1
        guard index + 1 < text.count, isDigit(text[index + 1]) else { return false }
      } else if byte | 0x20 == UInt8(ascii: "e"), digits > 0 {
        return isExponent(text[(index + 1)...])
      } else {
        return false
      }
      index += 1
    }
    return digits > 0 && separators <= max(1, digits / 3 + 1)
  }

  private static func isExponent(_ rest: ArraySlice<UInt8>) -> Bool {
    var rest = rest
    if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      rest = rest.dropFirst()
    }
    return !rest.isEmpty && rest.allSatisfy(isDigit)
  }

  /// Removes signs, parentheses, percent and currency marks around a number.
  private static func strip(_ text: inout [UInt8]) {
    let euro = Array("€".utf8)
    let marks: [[UInt8]] = [euro, Array("£".utf8), Array("$".utf8), Array("%".utf8)]
    var changed = true
    while changed, !text.isEmpty {
      changed = false
      if let first = text.first, "+-( ".utf8.contains(first) {
        text.removeFirst()
        changed = true
      }
      if let last = text.last, "-) ".utf8.contains(last) {
        text.removeLast()
        changed = true
      }
      for mark in marks {
        if text.starts(with: mark) {
          text.removeFirst(mark.count)
          changed = true
        }
        if text.count >= mark.count, Array(text.suffix(mark.count)) == mark {
          text.removeLast(mark.count)
          changed = true
        }
      }
      if text.count > 3, text[..<3].allSatisfy(isUppercase), !isLetter(text[3]) {
        text.removeFirst(3)
        changed = true
      } else if text.count > 3, text.suffix(3).allSatisfy(isUppercase),
        !isLetter(text[text.count - 4])
      {
        text.removeLast(3)
        changed = true
      }
    }
  }

  /// `31.12.2024`, `12/31/24`, `2024-12-31`, optionally with a time; or a time `23:59(:59)`.
  static func isDateOrTime(_ cell: ArraySlice<UInt8>) -> Bool {
    var groups: [Int] = []
    var separators: [UInt8] = []
    var run = 0
    for byte in cell {
      if isDigit(byte) {
        run += 1
        continue
      }
      guard run > 0, "./-: T".utf8.contains(byte) else { return false }
      groups.append(run)
      separators.append(byte)
      run = 0
    }
    guard run > 0 else { return false }
    groups.append(run)
    let datePart = Array(groups.prefix(3))
    let isDate =
      groups.count >= 3 && separators[0] == separators[1] && ".-/".utf8.contains(separators[0])
      && (datePart == [4, 2, 2] || datePart == [4, 1, 1] || datePart == [4, 1, 2]
        || datePart == [4, 2, 1]
        || (datePart[0] <= 2 && datePart[1] <= 2
          && (datePart[2] == 2 || datePart[2] == 4)))
    if isDate {
      return groups.count == 3 || isTime(Array(groups.dropFirst(3)), Array(separators.dropFirst(3)))
    }
    return isTime(groups, separators)
  }

  private static func isTime(_ groups: [Int], _ separators: [UInt8]) -> Bool {
    (2...3).contains(groups.count) && groups[0] <= 2 && groups.dropFirst().allSatisfy { $0 == 2 }
      && separators.allSatisfy { $0 == UInt8(ascii: ":") }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }
  private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
