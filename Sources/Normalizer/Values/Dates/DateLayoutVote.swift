/// Decides a column's date layout from every cell in it, before any date is read.
///
/// A layout stays a candidate while it reads every non-empty cell; a cell with a day above
/// 12 ("15/07/2026") settles day-first against month-first. When several layouts read every
/// cell, the mapping's layout or the locale's default is taken and the decision says so.
public struct DateLayoutVote: Sendable {
  /// The column's name, for messages; nil when unknown.
  public let column: String?
  /// The layouts the column may have, in order of preference.
  public let candidates: [DateLayout]
  /// Two-digit years below the pivot are 20xx, the others 19xx.
  public let twoDigitYearPivot: Int
  private var cells: [ColumnCell] = []

  public init(
    column: String? = nil, candidates: [DateLayout] = DateLayout.common,
    twoDigitYearPivot: Int = 70
  ) {
    self.column = column
    self.candidates = candidates
    self.twoDigitYearPivot = twoDigitYearPivot
  }

  /// Counts one cell; empty cells are ignored.
  public mutating func add(_ cell: String, line: Int) {
    guard !CellText.trimmed(cell).isEmpty else { return }
    cells.append(ColumnCell(line: line, text: cell))
  }

  /// The layout to read the column with.
  /// - Parameters:
  ///   - pinned: the layout the mapping prescribes, if it does.
  ///   - fallback: the layout to prefer when several fit every cell (the source's locale).
  /// - Throws: `ValueProblem` with code `contradictsMapping` (a cell is written in another
  ///   layout than `pinned`), `notADate`/`noSuchDay` (a cell fits no layout) or
  ///   `mixedDateLayouts` (each cell fits some layout, but no layout fits them all).
  public func decide(pinned: DateLayout?, fallback: DateLayout) throws(ValueProblem)
    -> DateLayoutDecision
  {
    if let pinned {
      try check(pinned)
      return .decided(pinned)
    }
    let readers = candidates.map { DateReader(layout: $0, twoDigitYearPivot: twoDigitYearPivot) }
    var remaining = Set(candidates.indices)
    for (position, cell) in cells.enumerated() {
      let fitting = Set(readers.indices.filter { readers[$0].reads(cell.text) })
      guard !fitting.isEmpty else { throw unreadable(cell, readers) }
      if remaining.isDisjoint(with: fitting) {
        throw mixed(cell, fitting: fitting, earlier: cells[..<position], readers)
      }
      remaining.formIntersection(fitting)
    }
    let layouts = candidates.indices.filter(remaining.contains).map { candidates[$0] }
    if layouts.count == 1 { return .decided(layouts[0]) }
    let assumed =
      layouts.first { $0 == fallback }
      ?? layouts.first { $0.isDayFirst != nil && $0.isDayFirst == fallback.isDayFirst }
      ?? layouts.first ?? fallback
    return .ambiguous(assumed: assumed, alternatives: layouts.filter { $0 != assumed })
  }

  /// Every cell reads in `pinned`, or the error says which does not and why.
  private func check(_ pinned: DateLayout) throws(ValueProblem) {
    let reader = DateReader(layout: pinned, twoDigitYearPivot: twoDigitYearPivot)
    guard let cell = cells.first(where: { !reader.reads($0.text) }) else { return }
    let other = candidates.first {
      DateReader(layout: $0, twoDigitYearPivot: twoDigitYearPivot).reads(cell.text)
    }
    guard let other else {
      if case .impossible(let problem) = reader.reading(cell.text) {
        throw located(problem, cell)
      }
      throw ValueProblem(
        .notADate,
        "line \(cell.line) of \(columnWords) has '\(cell.text)', which is not a date written as \(pinned)",
        fix: "correct the date, or the mapping's dateFormat")
    }
    throw ValueProblem(
      .contradictsMapping,
      "the mapping says \(columnWords) is written as \(pinned), but line \(cell.line) has \(cell.text), which is \(other)",
      fix:
        "check that the file comes from the system the mapping is for, or change the mapping's dateFormat"
    )
  }

  private func unreadable(_ cell: ColumnCell, _ readers: [DateReader])
    -> ValueProblem
  {
    for reader in readers {
      if case .impossible(let problem) = reader.reading(cell.text) {
        return located(problem, cell)
      }
    }
    let layouts = candidates.map(\.description).joined(separator: ", ")
    return ValueProblem(
      .notADate,
      "line \(cell.line) of \(columnWords) has '\(cell.text)', which is not a date in any layout arflow reads (\(layouts))",
      fix: "correct the date, or set the mapping's dateFormat")
  }

  private func mixed(
    _ cell: ColumnCell, fitting: Set<Int>,
    earlier: ArraySlice<ColumnCell>, _ readers: [DateReader]
  ) -> ValueProblem {
    let layout = fitting.min() ?? 0
    let conflict = earlier.first { !readers[layout].reads($0.text) } ?? cell
    return ValueProblem(
      .mixedDateLayouts,
      "\(columnWords) writes dates in more than one way: line \(conflict.line) has \(conflict.text) and line \(cell.line) has \(cell.text); no single layout reads both",
      fix:
        "export the file again with one date format, or set the mapping's dateFormat and correct the lines that differ"
    )
  }

  private func located(_ problem: ValueProblem, _ cell: ColumnCell)
    -> ValueProblem
  {
    ValueProblem(problem.code, "line \(cell.line): \(problem.message)", fix: problem.fix)
  }

  private var columnWords: String { column.map { "column '\($0)'" } ?? "the column" }
}
