import Normalizer
import Testing

struct DateLayoutColumnTests {
  private func vote(_ cells: [String], candidates: [DateLayout] = DateLayout.common)
    -> DateLayoutVote
  {
    var vote = DateLayoutVote(column: "Datum", candidates: candidates)
    for (offset, cell) in cells.enumerated() { vote.add(cell, line: offset + 2) }
    return vote
  }

  static let decided: [(cells: [String], layout: DateLayout)] = [
    (["01/02/2026", "15/07/2026"], .dayMonthYear(separator: "/")),
    (["01/02/2026", "07/15/2026"], .monthDayYear(separator: "/")),
    (["01.02.2026", "", "03.04.2026"], .dayMonthYear(separator: ".")),
    (["01-02-2026"], .dayMonthYear(separator: "-")),
    (["2026-02-01", "2026-07-15T10:00:00"], .iso),
    (["15 Jul 2026", "1. März 2026"], .monthName),
    (["45291", "45292"], .excelSerial(.from1900)),
  ]

  @Test("a column is read the one way that fits every cell", arguments: decided)
  func decidesLayout(_ example: (cells: [String], layout: DateLayout)) throws {
    let decision = try vote(example.cells).decide(
      pinned: nil, fallback: .dayMonthYear(separator: "."))
    #expect(decision == .decided(example.layout))
  }

  static let fallbacks: [(fallback: DateLayout, assumed: DateLayout, other: DateLayout)] = [
    (.dayMonthYear(separator: "."), .dayMonthYear(separator: "/"), .monthDayYear(separator: "/")),
    (.dayMonthYear(separator: "/"), .dayMonthYear(separator: "/"), .monthDayYear(separator: "/")),
    (.monthDayYear(separator: "/"), .monthDayYear(separator: "/"), .dayMonthYear(separator: "/")),
  ]

  @Test(
    "without a day above 12, day/month order follows the locale and is reported ambiguous",
    arguments: fallbacks)
  func ambiguousOrder(_ example: (fallback: DateLayout, assumed: DateLayout, other: DateLayout))
    throws
  {
    let decision = try vote(["01/02/2026", "03/04/2026"]).decide(
      pinned: nil, fallback: example.fallback)
    #expect(decision == .ambiguous(assumed: example.assumed, alternatives: [example.other]))
  }

  @Test("a pinned layout settles an ambiguous column")
  func pinnedSettles() throws {
    let decision = try vote(["01/02/2026"]).decide(
      pinned: .monthDayYear(separator: "/"), fallback: .dayMonthYear(separator: "/"))
    #expect(decision == .decided(.monthDayYear(separator: "/")))
  }

  @Test("a column that contradicts the mapping's layout is refused, naming the line")
  func contradictsMapping() {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["01/02/2026", "07/15/2026"]).decide(
        pinned: .dayMonthYear(separator: "/"), fallback: .dayMonthYear(separator: "/"))
    }
    #expect(problem?.code == .contradictsMapping)
    #expect(
      problem?.message
        == "the mapping says column 'Datum' is written as dd/mm/yyyy, but line 3 has 07/15/2026, which is mm/dd/yyyy"
    )
  }

  @Test(
    "with a pinned layout, a cell that is no date at all is named with its reason",
    arguments: [("31.02.2026", ValueProblem.Code.noSuchDay), ("soon", .notADate)])
  func pinnedUnreadable(_ example: (cell: String, code: ValueProblem.Code)) {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["15.07.2026", example.cell]).decide(
        pinned: .dayMonthYear(separator: "."), fallback: .iso)
    }
    #expect(problem?.code == example.code)
    #expect(problem?.message.contains("line 3") == true)
  }

  @Test("a cell that fits no layout is named")
  func noLayoutFits() {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["15.07.2026", "soon"]).decide(pinned: nil, fallback: .iso)
    }
    #expect(problem?.code == .notADate)
    #expect(problem?.message.hasPrefix("line 3 of column 'Datum' has 'soon'") == true)
  }

  @Test("a day that does not exist is named with its reason")
  func impossibleDay() {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(["15.07.2026", "31.02.2026"]).decide(pinned: nil, fallback: .iso)
    }
    #expect(problem?.code == .noSuchDay)
    #expect(problem?.message.hasPrefix("line 3: '31.02.2026' is not a real date") == true)
  }

  @Test(
    "a column mixing day-first and month-first is refused, naming both lines",
    arguments: [
      ["15/07/2026", "07/15/2026"], ["15/07/2026", "01/01/2026", "07/15/2026"],
      ["15.07.2026", "2026-07-16"],
    ])
  func mixedLayouts(_ cells: [String]) {
    let problem = #expect(throws: ValueProblem.self) {
      try vote(cells).decide(pinned: nil, fallback: .iso)
    }
    #expect(problem?.code == .mixedDateLayouts)
    #expect(problem?.message.contains("line 2 has \(cells[0])") == true)
    #expect(
      problem?.message.contains("line \(cells.count + 1) has \(cells[cells.count - 1])") == true)
  }

  @Test("an empty column takes the fallback and says it is ambiguous")
  func emptyColumn() throws {
    let decision = try vote(["", " "]).decide(pinned: nil, fallback: .iso)
    #expect(decision.layout == .iso)
    #expect(decision != .decided(.iso))
  }

  @Test("DATEV day-month cells are voted on when the mapping offers that layout")
  func datevColumn() throws {
    let decision = try vote(["2102", "102", "3112"], candidates: [.datevDayMonth(year: 2026)])
      .decide(pinned: nil, fallback: .datevDayMonth(year: 2026))
    #expect(decision == .decided(.datevDayMonth(year: 2026)))
  }
}
