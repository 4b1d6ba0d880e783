import Foundation
import Parsers

/// Sorts the rows below a header into records and the rows a report puts around them: blank
/// lines, a repeated header, group headings, subtotal and total rows, notes.
struct RowClassifier {
  let header: [String]
  /// The column of the field every record has (the invoice number, the customer number…).
  let keyColumn: Int?

  enum Kind: Equatable {
    case record
    case blank
    case repeatedHeader
    case total
    case groupHeading(String)
    case note
  }

  func classify(_ row: CSVRow) -> Kind {
    let cells = row.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    let filled = cells.filter { !$0.isEmpty }
    if filled.isEmpty { return .blank }
    if cells.map(ColumnName.init) == header.map(ColumnName.init) { return .repeatedHeader }
    let key = keyColumn.flatMap { $0 < cells.count ? cells[$0] : nil } ?? ""
    if filled.contains(where: Self.isTotalLabel), key.isEmpty || Self.isTotalLabel(key) {
      return .total
    }
    guard key.isEmpty else { return .record }
    if filled.count == 1 { return filled[0].count > 60 ? .note : .groupHeading(filled[0]) }
    return filled.count <= 2 ? .note : .record
  }

  /// "Total", "Subtotal C1001", "Grand total", "Totaal", "Summe", "Gesamtsumme", "Insgesamt".
  static func isTotalLabel(_ text: String) -> Bool {
    let lower = text.lowercased()
    let labels = ["total", "totaal", "summe", "gesamt", "insgesamt", "totalen", "som "]
    return labels.contains { lower.hasPrefix($0) || lower.hasPrefix("sub" + $0) }
      || lower.hasPrefix("grand total")
  }
}
