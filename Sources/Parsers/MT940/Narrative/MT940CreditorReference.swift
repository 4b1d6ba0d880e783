/// ISO 11649 creditor references (`RF` + two check digits + up to 21 letters or digits, e.g.
/// `RF18539007547034`, also printed in groups of four: `RF18 5390 0754 7034`) found in free text,
/// in capitals as the standard writes them. Only references whose check digits are right (mod 97
/// = 1) are taken, so `RF12` inside a word or a mistyped reference is not mistaken for one.
enum MT940CreditorReference {
  /// The valid references in the lines, compact (without spaces), in order.
  static func find(in lines: [String]) -> [String] {
    var found: [String] = []
    for line in lines {
      let characters = Array(line)
      var index = 0
      while index + 4 < characters.count {
        if characters[index] == "R", characters[index + 1] == "F",
          characters[index + 2].isASCIIDigit, characters[index + 3].isASCIIDigit,
          index == 0 || !isAlphanumeric(characters[index - 1]),
          let reference = reference(in: characters, from: index)
        {
          if !found.contains(reference) { found.append(reference) }
          index += reference.count
        } else {
          index += 1
        }
      }
    }
    return found
  }

  /// Whether `reference` (compact) has the right check digits.
  static func isValid(_ reference: String) -> Bool {
    let characters = Array(reference)
    guard (5...25).contains(characters.count), characters.starts(with: ["R", "F"]) else {
      return false
    }
    var remainder = 0
    for character in characters[4...] + characters[..<4] {
      guard let value = character.isASCIIDigit ? character.wholeNumberValue : letterValue(character)
      else { return false }
      remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
    }
    return remainder == 1
  }

  /// The reference starting at `start`: written compact, the run of capital letters and
  /// digits; printed, groups of four separated by single spaces (the last of one to four),
  /// cut back at a group until the check digits fit.
  private static func reference(in characters: [Character], from start: Int) -> String? {
    let head = String(characters[start..<(start + 4)])
    var index = start + 4
    var run = ""
    while index < characters.count, isReferenceCharacter(characters[index]) {
      run.append(characters[index])
      index += 1
    }
    if !run.isEmpty { return run.count <= 21 && isValid(head + run) ? head + run : nil }
    var candidates: [String] = []
    var compact = head
    while index < characters.count, characters[index] == " " {
      var group = ""
      var end = index + 1
      while end < characters.count, isReferenceCharacter(characters[end]) {
        group.append(characters[end])
        end += 1
      }
      guard (1...4).contains(group.count), compact.count + group.count <= 25 else { break }
      compact += group
      candidates.append(compact)
      index = end
      if group.count < 4 { break }
    }
    return candidates.reversed().first(where: isValid)
  }

  private static func isReferenceCharacter(_ character: Character) -> Bool {
    character.isASCIIDigit || (character.isASCII && character.isUppercase)
  }

  private static func isAlphanumeric(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  private static func letterValue(_ character: Character) -> Int? {
    guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
    return Int(ascii) - 55
  }
}
