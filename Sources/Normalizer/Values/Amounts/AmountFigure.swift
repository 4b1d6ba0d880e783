/// The figure of an amount: digits with decimal and group marks, no sign and no currency.
///
/// "1.234,56", "1 234.56", "1'234.50", "1234". Points and commas are read only once the
/// column's `DecimalNotation` is known; spaces and apostrophes always separate thousands.
struct AmountFigure: Sendable, Equatable {
  /// The figure as written.
  let written: String

  /// - Throws: `ValueProblem` when the figure holds anything but digits and marks.
  init(_ characters: ArraySlice<Character>, cell: String) throws(ValueProblem) {
    if let stray = characters.first(where: {
      !CellText.isDigit($0) && !AmountFigure.isMark($0) && !AmountFigure.isSpacer($0)
    }) {
      let what = stray.isLetter ? "the letter '\(stray)'" : "'\(stray)'"
      throw ValueProblem(
        .notAnAmount, "'\(cell)' is not an amount: it contains \(what)",
        fix: "write only digits, one decimal mark and thousands separators")
    }
    self.written = String(characters)
  }

  /// A point or a comma: decimal mark or thousands separator, depending on the notation.
  static func isMark(_ character: Character) -> Bool { character == "." || character == "," }

  /// A thousands separator in every notation: spaces of any width and apostrophes (Swiss).
  static func isSpacer(_ character: Character) -> Bool {
    character == "'" || character == "\u{2019}" || CellText.isBlank(character)
  }

  /// The figure as a plain decimal, "1234.56", read with `notation`.
  /// - Throws: `ValueProblem` when the decimal mark appears twice, or the groups between
  ///   thousands separators are not groups of three digits.
  func plainDecimal(in notation: DecimalNotation, cell: String) throws(ValueProblem) -> String {
    var groups = [""]
    var fraction: String?
    for character in written {
      if CellText.isDigit(character) {
        if fraction == nil {
          groups[groups.count - 1].append(character)
        } else {
          fraction?.append(character)
        }
      } else if character == notation.decimalMark {
        guard fraction == nil else {
          throw ValueProblem(
            .notAnAmount,
            "'\(cell)' is not an amount with a \(notation): it has more than one decimal mark",
            fix:
              "check the amount, or the mapping's decimalSeparator if the file writes \(notation.opposite.example)"
          )
        }
        fraction = ""
      } else {
        guard fraction == nil else { throw misplacedGroups(cell, notation) }
        groups.append("")
      }
    }
    let thousands = groups.dropFirst()
    guard
      groups.count == 1
        || ((1...3).contains(groups[0].count) && thousands.allSatisfy { $0.count == 3 })
    else { throw misplacedGroups(cell, notation) }
    let whole = groups.joined()
    guard let fraction else { return whole }
    guard !fraction.isEmpty else {
      throw ValueProblem(
        .notAnAmount, "'\(cell)' is not an amount: no digits follow the decimal mark",
        fix: "write the cents, or leave out the decimal mark")
    }
    return (whole.isEmpty ? "0" : whole) + "." + fraction
  }

  private func misplacedGroups(_ cell: String, _ notation: DecimalNotation) -> ValueProblem {
    ValueProblem(
      .notAnAmount,
      "'\(cell)' is not an amount with a \(notation): its thousands separators are not between groups of three digits",
      fix:
        "check the amount, or the mapping's decimalSeparator if the file writes \(notation.opposite.example)"
    )
  }
}
