import Normalizer
import Testing

struct DecimalNotationColumnTests {
  private func vote(_ cells: [String], column: String? = "Betrag") -> DecimalNotationVote {
    var vote = DecimalNotationVote(column: column)
    for (offset, cell) in cells.enumerated() { vote.add(cell, line: offset + 2) }
    return vote
  }

  static let decided: [(cells: [String], notation: DecimalNotation)] = [
    (["1.234,56", "12"], .decimalComma),
    (["12,5"], .decimalComma),
    (["1.234", "7,20"], .decimalComma),
    (["1.234.567"], .decimalComma),
    (["1 234,567"], .decimalComma),
    (["€ 1.234,56", "(5,00)", "abc"], .decimalComma),
    (["1,234.56"], .decimalPoint),
    (["12.50", "1.234"], .decimalPoint),
    (["0.125"], .decimalPoint),
    (["1234.567"], .decimalPoint),
    (["1,234,567"], .decimalPoint),
    (["CHF 1'234.567"], .decimalPoint),
  ]

  @Test("one cell that reads only one way decides the column", arguments: decided)
  func decidesFromEvidence(_ example: (cells: [String], notation: DecimalNotation)) throws {
    let decision = try vote(example.cells).decide(pinned: nil, fallback: example.notation.other)
    #expect(decision == .decided(example.notation))
  }

  @Test("whole amounts without marks need no decision: the fallback is taken without a warning")
  func silentColumn() throws {
    let decision = try vote(["1234", "", "500", "1 000"]).decide(
      pinned: nil, fallback: .decimalComma)
    #expect(decision == .decided(.decimalComma))
  }

  @Test(
    "a column of 1.234s is ambiguous: the fallback is assumed and the first such line named",
    arguments: DecimalNotation.allCases)
  func ambiguousColumn(_ fallback: DecimalNotation) throws {
    let decision = try vote(["12", "1.234", "5.678"]).decide(pinned: nil, fallback: fallback)
    #expect(decision == .ambiguous(assumed: fallback, line: 3, text: "1.234"))
    #expect(decision.notation == fallback)
  }

  @Test("a column with both notations is refused, naming a line of each")
  func contradictoryColumn() {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["1.234,56", "x", "1,234.56"]).decide(pinned: nil, fallback: .decimalComma)
    }
    #expect(problem?.code == .mixedNotation)
    #expect(
      problem?.message
        == "column 'Betrag' mixes a decimal comma (line 2: 1.234,56) and a decimal point (line 4: 1,234.56)"
    )
  }

  @Test("a column that contradicts the mapping's notation is refused, naming the line")
  func contradictsMapping() {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["12,50", "1.234", "1,234.56"]).decide(
        pinned: .decimalComma, fallback: .decimalComma)
    }
    #expect(problem?.code == .contradictsMapping)
    #expect(
      problem?.message.hasPrefix(
        "the mapping says column 'Betrag' uses a decimal comma, but line 4 has 1,234.56") == true)
  }

  @Test("a pinned notation settles an ambiguous column without a warning")
  func pinnedSettles() throws {
    let decision = try vote(["1.234", "12"]).decide(pinned: .decimalPoint, fallback: .decimalComma)
    #expect(decision == .decided(.decimalPoint))
  }
}

extension DecimalNotation {
  fileprivate var other: DecimalNotation { self == .decimalPoint ? .decimalComma : .decimalPoint }
}
