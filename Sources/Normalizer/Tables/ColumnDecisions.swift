import Foundation
import Parsers
import Receivables

/// How each amount and date column of a file is written, decided over all its record rows (or
/// pinned by the mapping), before any row is read.
///
/// A cell that fits no reading at all does not decide anything: its row is rejected later, with
/// its line. A mapping's pinned notation or layout holds unless most of the column contradicts
/// it, which is an error for the whole file ("the mapping says …, but …").
struct ColumnDecisions {
  static let amountFields = ["amount", "openAmount", "creditLimit", "creditAmount"]
  static let dateFields = [
    "issueDate", "dueDate", "assessedOn", "bookingDate", "valueDate", "until",
  ]

  var notations: [String: DecimalNotation] = [:]
  var layouts: [String: DateLayout] = [:]
  /// Columns the file leaves ambiguous, said as warnings.
  var warnings: [String] = []

  /// - Throws: `ValueProblem` when a column contradicts itself or the mapping.
  init(rows: [CSVRow], layout: HeaderLayout, mapping: SourceMapping, datevYear: Int?)
    throws(ValueProblem)
  {
    for field in Self.amountFields {
      guard let column = layout.columns[field] else { continue }
      let cells = Self.cells(of: column, in: rows)
      notations[field] = try notation(cells, column: layout.header[column], mapping: mapping)
    }
    for field in Self.dateFields {
      guard let column = layout.columns[field] else { continue }
      if mapping.dialect.datevDayMonth, let datevYear {
        layouts[field] = .datevDayMonth(year: datevYear)
        continue
      }
      let cells = Self.cells(of: column, in: rows)
      layouts[field] = try dateLayout(cells, column: layout.header[column], mapping: mapping)
    }
  }

  private static func cells(of column: Int, in rows: [CSVRow]) -> [(line: Int, text: String)] {
    rows.compactMap { row in
      guard column < row.cells.count else { return nil }
      let text = row.cells[column].trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? nil : (row.line, text)
    }
  }

  private mutating func notation(
    _ cells: [(line: Int, text: String)], column: String, mapping: SourceMapping
  ) throws(ValueProblem) -> DecimalNotation {
    let readers = DecimalNotation.allCases.map { AmountReader(currency: .eur, notation: $0) }
    let readable = cells.filter { cell in readers.contains { (try? $0.money(cell.text)) != nil } }
    if let pinned = mapping.dialect.decimalNotation {
      let reader = AmountReader(currency: .eur, notation: pinned)
      let against = readable.filter { (try? reader.money($0.text)) == nil }
      if let example = against.first, against.count * 2 > readable.count {
        throw ValueProblem(
          .contradictsMapping,
          "the mapping says column '\(column)' uses a decimal \(pinned == .decimalComma ? "comma" : "point"), but most of its amounts (line \(example.line): \(example.text)) do not",
          fix:
            "check that the file comes from the system the mapping is for, or change the mapping's decimalSeparator"
        )
      }
      return pinned
    }
    var vote = DecimalNotationVote(column: column)
    for cell in readable { vote.add(cell.text, line: cell.line) }
    let decision = try vote.decide(pinned: nil, fallback: mapping.dialect.fallbackNotation)
    if case .ambiguous(let assumed, let line, let text) = decision {
      warnings.append(
        "line \(line): '\(text)' in column \(column) could be read either way; read with a decimal \(assumed == .decimalComma ? "comma" : "point") (set dialect.decimalSeparator in the mapping to be sure)"
      )
    }
    return decision.notation
  }

  private mutating func dateLayout(
    _ cells: [(line: Int, text: String)], column: String, mapping: SourceMapping
  ) throws(ValueProblem) -> DateLayout {
    let pivot = mapping.dialect.twoDigitYearPivot
    let readers = DateLayout.common.map { DateReader(layout: $0, twoDigitYearPivot: pivot) }
    let readable = cells.filter { cell in readers.contains { (try? $0.date(cell.text)) != nil } }
    if let pinned = mapping.dialect.dateLayout {
      let reader = DateReader(layout: pinned, twoDigitYearPivot: pivot)
      let against = readable.filter { (try? reader.date($0.text)) == nil }
      if let example = against.first, against.count * 2 > readable.count {
        throw ValueProblem(
          .contradictsMapping,
          "the mapping says column '\(column)' holds dates like \(pinned), but most of them (line \(example.line): \(example.text)) do not",
          fix:
            "check that the file comes from the system the mapping is for, or change the mapping's dateFormat"
        )
      }
      return pinned
    }
    var vote = DateLayoutVote(column: column, twoDigitYearPivot: pivot)
    for cell in readable { vote.add(cell.text, line: cell.line) }
    let decision = try vote.decide(pinned: nil, fallback: mapping.dialect.fallbackDateLayout)
    if case .ambiguous(let assumed, let alternatives) = decision {
      warnings.append(
        "column \(column) fits \(([assumed] + alternatives).map(\.description).joined(separator: " and ")); read as \(assumed) (set dialect.dateFormat in the mapping to be sure)"
      )
    }
    return decision.layout
  }
}
