import Foundation
public import Parsers
public import Receivables

/// Turns the rows of a CSV table into records by a mapping: open items with their customers,
/// customer master data, credit assessments or bank payments.
///
/// Every row below the header ends as a record, a rejected row (with line, reason and fix), or a
/// skipped row with why (blank, total, heading, note, a booking that is not a customer's).
public struct TableNormalizer: Sendable {
  public private(set) var mapping: SourceMapping

  public init(mapping: SourceMapping) {
    self.mapping = mapping
  }

  /// - Throws: `NormalizerError` when no row holds the mapping's columns, or a column
  ///   contradicts itself or the mapping (a decimal comma where the mapping says point).
  public func normalize(_ table: CSVTable, file: String) throws(NormalizerError) -> NormalizedFile {
    guard let sheet = table.sheet else { return try normalize(table, file: file, sheet: nil) }
    // A workbook stores numbers with a decimal point and dates as numbers the reader wrote as
    // ISO dates: the mapping's CSV dialect does not apply to it.
    var workbook = self
    workbook.mapping.dialect.decimalNotation = .decimalPoint
    workbook.mapping.dialect.dateLayout = nil
    workbook.mapping.dialect.datevDayMonth = false
    return try workbook.normalize(table, file: file, sheet: sheet)
  }

  private func normalize(_ table: CSVTable, file: String, sheet: String?) throws(NormalizerError)
    -> NormalizedFile
  {
    let rows = table.rows
    guard let layout = HeaderLayout(rows: rows.map(\.cells), mapping: mapping) else {
      let near = MappingNearMiss(mapping, rows: rows.map(\.cells))
      throw NormalizerError(
        .headerMissing, file: file,
        "no header row has what mapping \(mapping.name) needs: \(near.sentence)",
        fix: near.suggestions.isEmpty
          ? "check the export settings or the mapping \(mapping.name)"
          : "or check the export settings")
    }
    var result = NormalizedFile(kind: mapping.kind.fileKind, readAs: mapping.name)
    result.header = layout.header
    result.encoding = table.encoding
    result.delimiter = String(table.delimiter)
    result.isFullSnapshot = mapping.isFullSnapshot
    result.snapshotGuardPercent = mapping.snapshotGuardPercent
    result.warnings = table.warnings.map { "line \($0.line): \($0.message)" }
    for row in rows.prefix(max(0, layout.rowIndex)) {
      result.skipped.append("line \(row.line): above the header (title, date or account lines)")
    }
    let body = Array(rows.dropFirst(layout.rowIndex + 1))
    let classifier = RowClassifier(header: layout.header, keyColumn: layout.columns[keyField])
    let kinds = body.map(classifier.classify)
    let records = zip(body, kinds).filter { $0.1 == .record }.map(\.0)
    let decisions: ColumnDecisions
    do {
      decisions = try ColumnDecisions(
        rows: records, layout: layout, mapping: mapping, datevYear: try datevYear(rows, file: file))
    } catch {
      throw NormalizerError(.headerMissing, file: file, error.message, fix: error.fix)
    }
    result.warnings += decisions.warnings
    var reader = RecordCollector(mapping: mapping, file: file, result: result)
    var inherited: [String: String] = [:]
    for (row, kind) in zip(body, kinds) {
      switch kind {
      case .record:
        reader.read(
          RowCells(
            row: row, layout: layout, decisions: decisions, mapping: mapping, inherited: inherited,
            sheet: sheet))
      case .blank:
        reader.result.skipped.append("line \(row.line): blank")
      case .repeatedHeader:
        reader.result.skipped.append("line \(row.line): the header again")
      case .total:
        reader.result.skipped.append("line \(row.line): a total row")
        reader.totals.append(
          RowCells(
            row: row, layout: layout, decisions: decisions, mapping: mapping, inherited: [:],
            sheet: sheet))
      case .groupHeading(let text):
        reader.result.skipped.append("line \(row.line): a group heading (\(text))")
        if let field = mapping.groupHeading { inherited[field] = text }
      case .note:
        reader.result.skipped.append("line \(row.line): a note, not a record")
      }
    }
    return reader.finish()
  }

  /// The field every record of the mapping's kind has.
  private var keyField: String {
    switch mapping.kind {
    case .openItems, .eInvoices: "number"
    case .customers, .creditInfo: "customerID"
    case .payments: "bookingDate"
    case .holds: "action"
    }
  }

  /// DATEV's DDMM dates take their year from the EXTF header's "Datum vom" (field 15), or the
  /// fiscal year's start (field 13).
  private func datevYear(_ rows: [CSVRow], file: String) throws(ValueProblem) -> Int? {
    guard mapping.dialect.datevDayMonth else { return nil }
    guard let header = rows.first?.cells, header.first?.uppercased() == "EXTF" else {
      throw ValueProblem(
        .notADate,
        "the file has no DATEV header line (EXTF) to take the year of its DDMM dates from",
        fix: "export the Buchungsstapel from DATEV with its header line")
    }
    for index in [14, 12] where index < header.count {
      if let year = Int(header[index].prefix(4)), (1900...9999).contains(year) { return year }
    }
    throw ValueProblem(
      .notADate, "the DATEV header has no period (Datum vom) or fiscal year start",
      fix: "export the Buchungsstapel from DATEV with a complete header line")
  }
}
