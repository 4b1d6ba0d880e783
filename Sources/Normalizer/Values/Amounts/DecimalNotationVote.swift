/// Decides a column's decimal notation from every cell in it, before any amount is read.
///
/// "1.234,56" and "12,5" prove a decimal comma, "1,234.56" and "12.50" a decimal point;
/// "1.234" and "1234" prove nothing. Cells that are not amounts at all are left to
/// `AmountReader` to report.
public struct DecimalNotationVote: Sendable {
  /// The column's name, for messages; nil when unknown.
  public let column: String?
  private var firstProof: [DecimalNotation: ColumnCell] = [:]
  private var firstAmbiguous: ColumnCell?

  public init(column: String? = nil) {
    self.column = column
  }

  /// Counts one cell; empty cells and cells that are not amounts are ignored.
  public mutating func add(_ cell: String, line: Int) {
    guard let figure = try? AmountCell(cell).figure else { return }
    switch figure.evidence {
    case .proves(let notation):
      if firstProof[notation] == nil { firstProof[notation] = ColumnCell(line: line, text: cell) }
    case .ambiguous:
      if firstAmbiguous == nil { firstAmbiguous = ColumnCell(line: line, text: cell) }
    case .silent:
      break
    }
  }

  /// The notation to read the column with.
  /// - Parameters:
  ///   - pinned: the notation the mapping prescribes, if it does.
  ///   - fallback: the notation to assume when no cell decides (the source's locale).
  /// - Throws: `ValueProblem` with code `contradictsMapping` when a cell proves the other
  ///   notation than `pinned`, or `mixedNotation` when cells prove both.
  public func decide(pinned: DecimalNotation?, fallback: DecimalNotation) throws(ValueProblem)
    -> DecimalNotationDecision
  {
    if let pinned {
      if let other = firstProof[pinned.opposite] {
        throw ValueProblem(
          .contradictsMapping,
          "the mapping says \(columnWords) uses a \(pinned), but line \(other.line) has \(other.text), which is written with a \(pinned.opposite)",
          fix:
            "check that the file comes from the system the mapping is for, or change the mapping's decimalSeparator to '\(pinned.opposite.decimalMark)'"
        )
      }
      return .decided(pinned)
    }
    if let point = firstProof[.decimalPoint], let comma = firstProof[.decimalComma] {
      throw ValueProblem(
        .mixedNotation,
        "\(columnWords) mixes a decimal comma (line \(comma.line): \(comma.text)) and a decimal point (line \(point.line): \(point.text))",
        fix: "export the file again with one number format, or correct those lines")
    }
    if let proven = firstProof.keys.first { return .decided(proven) }
    guard let example = firstAmbiguous else { return .decided(fallback) }
    return .ambiguous(assumed: fallback, line: example.line, text: example.text)
  }

  private var columnWords: String { column.map { "column '\($0)'" } ?? "the column" }
}
