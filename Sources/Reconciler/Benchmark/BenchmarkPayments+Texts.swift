import Receivables

extension BenchmarkPayments {
  /// A remittance text naming `items` in one of the languages' phrasings, each number written
  /// the way payers write it; with `typo`, the last two digits swapped.
  mutating func phrase(for items: [Int32], typo: Bool = false) -> String {
    let numbers = items.map { item in
      let written = writtenNumber(ledger.items[Int(item)].number)
      return typo ? Self.swappingLastDigits(written) : written
    }
    if numbers.count == 1 {
      return random.pick(BenchmarkWords.singlePhrases).replacing("{n}", with: numbers[0])
    }
    var text = random.pick(BenchmarkWords.listPhrases).replacing("{a}", with: numbers[0])
      .replacing("{b}", with: numbers[1])
    if numbers.count > 2 { text += ", \(numbers[2])" }
    return text
  }

  /// The number as a payer copies it: as printed, lower case, without separators, without
  /// leading zeros, with another separator, or without its prefix.
  mutating func writtenNumber(_ number: String) -> String {
    let roll = random.int(0...99)
    switch roll {
    case 0..<40: return number
    case 40..<50: return number.lowercased()
    case 50..<65: return number.filter { $0 != " " && $0 != "-" }
    case 65..<80:
      if number.hasPrefix("2026-") {
        return "2026-" + Self.withoutLeadingZeros(number.dropFirst(5))
      }
      if number.hasPrefix("F") { return "F" + Self.withoutLeadingZeros(number.dropFirst()) }
      return number
    case 80..<90:
      if number.hasPrefix("RE ") { return "RE-" + number.dropFirst(3) }
      if number.hasPrefix("INV-") { return "INV " + number.dropFirst(4) }
      return number.replacing("-", with: "/")
    default:
      if number.hasPrefix("RE ") { return String(number.dropFirst(3)) }
      if number.hasPrefix("INV-") { return String(number.dropFirst(4)) }
      return number
    }
  }

  /// The number as a hurried payer or a bank's character limit leaves it: a space inside, a
  /// letter O for a zero, or the last digit cut off.
  mutating func garbled(_ number: String) -> String {
    switch random.int(0...2) {
    case 0: return number.replacing("-", with: " ")
    case 1: return number.replacing("0", with: "O")
    default: return String(number.dropLast())
    }
  }

  static func withoutLeadingZeros(_ digits: Substring) -> String {
    let significant = digits.drop { $0 == "0" }
    return significant.isEmpty ? "0" : String(significant)
  }

  /// "2026-000123" → "2026-000132"; a number ending in two equal digits gets its last digit
  /// changed instead.
  static func swappingLastDigits(_ number: String) -> String {
    var characters = Array(number)
    guard characters.count >= 2, let last = characters.last?.wholeNumberValue else { return number }
    let count = characters.count
    if characters[count - 2].isNumber, characters[count - 2] != characters[count - 1] {
      characters.swapAt(count - 2, count - 1)
    } else {
      characters[count - 1] = Character(String((last + 1) % 10))
    }
    return String(characters)
  }

  /// The customer's name as a bank may write it: as is, upper case, without accents and
  /// punctuation, or with the trade word moved to the end.
  mutating func nameVariant(_ customer: Int) -> String {
    let name = ledger.customers[customer].name
    switch random.int(0...3) {
    case 0: return name
    case 1: return name.uppercased()
    case 2: return LatinFolding.foldedWords(of: name).joined(separator: " ").uppercased()
    default:
      let words = name.split(separator: " ")
      return (words.dropFirst() + words.prefix(1)).joined(separator: " ")
    }
  }

  /// The customer's name cut short, as some banks do: only a loose match.
  func truncatedName(_ customer: Int) -> String {
    ledger.customers[customer].name.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
