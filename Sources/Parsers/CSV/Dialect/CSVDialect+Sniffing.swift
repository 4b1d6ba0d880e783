extension CSVDialect {
  /// Pattern score for single-cell rows, as in CleverCSV.
  private static let singleCellWeight = 1e-3
  /// The type score floor, as in CleverCSV.
  private static let typeScoreFloor = 1e-10

  /// Picks the dialect under which `sample` reads most consistently.
  ///
  /// CleverCSV's data consistency measure Q = P × T over each candidate: P, the pattern score,
  /// sums over the distinct row widths L the rows having it times (L − 1) / L, divided by the
  /// number of distinct widths — so one wide, regular table outweighs preamble lines, blank
  /// lines and total rows; T is the share of cells that look like a known type (`CellType`).
  /// The double quote is the quote unless the sample shows text after a closing quote and
  /// reading quotes as plain characters scores strictly higher. A tie goes to the earlier
  /// candidate: `,` before `;` before tab before `|`, quoted before unquoted.
  /// - Parameters:
  ///   - sample: the start of the text, as UTF-8.
  ///   - isWholeFile: whether `sample` is all of it; if not, its last record may be cut off.
  ///   - delimiters: the delimiters to consider.
  static func sniff(
    _ sample: UnsafeBufferPointer<UInt8>, isWholeFile: Bool,
    delimiters: [UInt8] = candidateDelimiters
  ) -> CSVDialect {
    var best = (
      dialect: CSVDialect(delimiter: delimiters[0], quote: UInt8(ascii: "\"")), score: 0.0
    )
    for delimiter in delimiters {
      let quoted = CSVDialect(delimiter: delimiter, quote: UInt8(ascii: "\""))
      let reading = Reading(sample, dialect: quoted, isWholeFile: isWholeFile)
      if let score = reading.consistency(toBeat: best.score) { best = (quoted, score) }
      guard reading.hasTextAfterClosingQuote else { continue }
      let unquoted = CSVDialect(delimiter: delimiter, quote: nil)
      let literal = Reading(sample, dialect: unquoted, isWholeFile: isWholeFile)
      if let score = literal.consistency(toBeat: best.score) { best = (unquoted, score) }
    }
    return best.dialect
  }

  /// The sample read with one candidate dialect.
  private struct Reading {
    var rows: [CSVRow] = []
    var quotedCells: [[Bool]] = []
    var hasTextAfterClosingQuote = false

    init(_ sample: UnsafeBufferPointer<UInt8>, dialect: CSVDialect, isWholeFile: Bool) {
      var scanner = CSVRecordScanner(dialect: dialect)
      scanner.notesQuoting = true
      scanner.scan(sample, into: &rows)
      let unterminated = scanner.finish(into: &rows)
      quotedCells = scanner.quotedCells
      hasTextAfterClosingQuote = scanner.textAfterClosingQuote > 0
      if !isWholeFile, unterminated == nil, rows.count > 1 {
        rows.removeLast()
        quotedCells.removeLast()
      }
    }

    /// Q = P × T, or nil when it cannot exceed `incumbent`.
    func consistency(toBeat incumbent: Double) -> Double? {
      let pattern = patternScore
      guard pattern > incumbent else { return nil }
      let score = pattern * typeScore
      return score > incumbent ? score : nil
    }

    private var patternScore: Double {
      var rowsByWidth: [Int: Int] = [:]
      for row in rows { rowsByWidth[row.cells.count, default: 0] += 1 }
      guard !rowsByWidth.isEmpty else { return 0 }
      var score = 0.0
      for (width, count) in rowsByWidth {
        score += Double(count) * max(singleCellWeight, Double(width - 1)) / Double(width)
      }
      return score / Double(rowsByWidth.count)
    }

    private var typeScore: Double {
      var total = 0
      var known = 0
      for (row, quoted) in zip(rows, quotedCells) {
        for (cell, isQuoted) in zip(row.cells, quoted) {
          total += 1
          if CellType.isKnown(Array(cell.utf8), quoted: isQuoted) { known += 1 }
        }
      }
      return total == 0 ? typeScoreFloor : max(typeScoreFloor, Double(known) / Double(total))
    }
  }
}
