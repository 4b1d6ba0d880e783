/// Reads the parts of one `:61:` line from left to right, saying what is missing where.
struct MT940LineReader {
  private let characters: [Character]
  private let text: String
  private let place: MT940Place
  private var index = 0

  init(text: String, place: MT940Place) {
    self.text = text
    self.characters = Array(text)
    self.place = place
  }

  /// `YYMMDD`.
  mutating func valueDate() throws(ParseError) -> MT940Day {
    let digits = take(6, where: \.isASCIIDigit)
    guard digits.count == 6 else {
      throw malformed("does not start with the value date (six digits, YYMMDD)")
    }
    guard let day = MT940Day(yymmdd: digits) else {
      throw place.error(
        .invalidStatementDate,
        "the value date \(digits) of the :61: line on line \(place.line) is not a date "
          + "(expected YYMMDD)",
        fix: MT940Place.askForCorrectedFile)
    }
    return day
  }

  /// `MMDD`, when four digits follow the value date.
  mutating func entryDate(near valueDate: MT940Day) throws(ParseError) -> MT940Day? {
    let start = index
    let digits = take(4, where: \.isASCIIDigit)
    guard digits.count == 4 else {
      index = start
      return nil
    }
    guard let day = MT940Day(mmdd: digits, near: valueDate) else {
      throw place.error(
        .invalidStatementDate,
        "the entry date \(digits) of the :61: line on line \(place.line) is not a date "
          + "(expected MMDD)",
        fix: MT940Place.askForCorrectedFile)
    }
    return day
  }

  /// `C`, `D`, `RC`, `RD`, `EC`, `ED`: the direction as booked, reversal, expected.
  mutating func mark() throws(ParseError) -> (CreditDebit, isReversal: Bool, isExpected: Bool) {
    let prefix = peek(1)
    if prefix == "R" || prefix == "E" { index += 1 }
    let letter = peek(1)
    guard letter == "C" || letter == "D" else {
      throw malformed("has no debit/credit mark (C, D, RC or RD) after the date")
    }
    index += 1
    let written: CreditDebit = letter == "C" ? .credit : .debit
    if prefix == "R" {
      return (written == .credit ? .debit : .credit, true, false)
    }
    return (written, false, prefix == "E")
  }

  /// One letter before the amount.
  mutating func fundsCode() -> Character? {
    guard index < characters.count, characters[index].isLetter else { return nil }
    defer { index += 1 }
    return characters[index]
  }

  /// `15d` with a decimal comma, as a plain decimal.
  mutating func amount() throws(ParseError) -> String {
    guard let (amount, end) = MT940Amount.scan(characters, from: index) else {
      throw malformed("has no amount after the debit/credit mark")
    }
    index = end
    return amount
  }

  /// `N`, `F` or `S` and three letters or digits: `NTRF`, `FCHG`, `S103`, `N192`; nil when the
  /// line has none, as some banks write it (`250301D12,50NONREF//B1`, `250301D12,50`).
  mutating func transactionType() -> String? {
    guard let code = Self.transactionType(at: characters[index...]) else { return nil }
    index += code.count
    return code
  }

  /// The transaction type `text` starts with, if it starts with one; `NONREF` and
  /// `NOTPROVIDED` are references, not the types `NONR` and `NOTP`.
  static func transactionType(at text: some Collection<Character>) -> String? {
    let code = Array(text.prefix(4))
    guard code.count == 4, ["N", "F", "S"].contains(code[0]),
      code.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else { return nil }
    let word = String(text.prefix(11)).uppercased()
    guard !word.hasPrefix("NONREF"), !word.hasPrefix("NOTPROVIDED") else { return nil }
    return String(code)
  }

  /// The references: everything after the transaction type.
  mutating func remainder() -> String {
    defer { index = characters.count }
    return String(characters[min(index, characters.count)...])
  }

  private func peek(_ count: Int) -> String {
    String(characters[index..<min(index + count, characters.count)])
  }

  private mutating func take(_ count: Int, where accepts: (Character) -> Bool) -> String {
    var taken = ""
    while taken.count < count, index < characters.count, accepts(characters[index]) {
      taken.append(characters[index])
      index += 1
    }
    return taken
  }

  private func malformed(_ problem: String) -> ParseError {
    place.error(
      .malformedStatementLine,
      "the :61: booking line on line \(place.line) \(problem): \"\(text)\"",
      fix: MT940Place.askForCorrectedFile
        + "; a booking line reads like 250312D1234,56NTRFNONREF (value date, C or D, amount "
        + "with a decimal comma, transaction type, reference)")
  }
}
