/// An amount cell taken apart: its sign, the currency marks around it and the figure itself.
///
/// "(€ 1.234,56)" is negative, names "€" and has the figure "1.234,56"; which mark is the
/// decimal mark is decided later, by the column's `DecimalNotation`.
struct AmountCell: Sendable {
  /// The cell as it was written.
  let text: String
  /// A leading or trailing minus, or accounting brackets.
  let isNegative: Bool
  /// Currency signs or codes written before or after the figure.
  let currencyMarks: [CurrencyMark]
  /// The digits with their decimal and group marks.
  let figure: AmountFigure

  /// - Throws: `ValueProblem` when the cell is empty, has no digits, stray words or more
  ///   than one sign.
  init(_ text: String) throws(ValueProblem) {
    self.text = text
    let characters = Array(CellText.trimmed(text))
    guard !characters.isEmpty else { throw ValueProblem.missing("amount") }
    guard var start = characters.firstIndex(where: CellText.isDigit),
      let end = characters.lastIndex(where: CellText.isDigit)
    else {
      throw ValueProblem(
        .notAnAmount, "'\(text)' is not an amount: it has no digits",
        fix: "write the amount in figures, like 1234.56")
    }
    if start > 0, characters[start - 1] == "." || characters[start - 1] == "," { start -= 1 }
    let before = Surroundings(characters[..<start])
    let after = Surroundings(characters[(end + 1)...])
    let marks = before.words + after.words
    var currencyMarks: [CurrencyMark] = []
    for word in marks {
      guard let mark = CurrencyMark(word) else {
        let looksLikeCurrency = word.contains { $0.isLetter || $0.isCurrencySymbol }
        throw ValueProblem(
          .notAnAmount,
          "'\(text)' is not an amount: "
            + (looksLikeCurrency ? "'\(word)' is not a currency" : "it has a stray '\(word)'"),
          fix: "leave only the amount, a minus sign and the currency in the cell")
      }
      currencyMarks.append(mark)
    }
    let brackets = before.opening + after.closing
    guard before.closing == 0, after.opening == 0, brackets == 0 || brackets == 2,
      before.opening == after.closing
    else {
      throw ValueProblem(
        .notAnAmount, "'\(text)' is not an amount: its brackets do not match",
        fix: "write a negative amount as (123.45) or -123.45")
    }
    let minuses = before.minuses + after.minuses + (brackets == 2 ? 1 : 0)
    let pluses = before.pluses + after.pluses
    guard minuses + pluses <= 1 else {
      throw ValueProblem(
        .notAnAmount, "'\(text)' is not an amount: it has more than one sign",
        fix: "write a negative amount with one minus sign or in brackets, not both")
    }
    self.isNegative = minuses == 1
    self.currencyMarks = currencyMarks
    self.figure = try AmountFigure(characters[start...end], cell: text)
  }
}

/// What stands before or after the figure: signs, brackets and words (currency marks).
private struct Surroundings {
  var minuses = 0
  var pluses = 0
  var opening = 0
  var closing = 0
  var words: [String] = []

  init(_ characters: ArraySlice<Character>) {
    var word = ""
    for character in characters {
      switch character {
      case "-", "\u{2212}", "+", "(", ")":
        if !word.isEmpty { words.append(word) }
        word = ""
        switch character {
        case "+": pluses += 1
        case "(": opening += 1
        case ")": closing += 1
        default: minuses += 1
        }
      case _ where CellText.isBlank(character):
        if !word.isEmpty { words.append(word) }
        word = ""
      default:
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
  }
}
