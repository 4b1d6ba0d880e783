import Foundation
import Parsers
import Receivables

/// One record row's cells, read field by field with the column decisions of its file.
struct RowCells {
  let row: CSVRow
  let layout: HeaderLayout
  let decisions: ColumnDecisions
  let mapping: SourceMapping
  /// Values set by the group heading above the row (Xero's contact name).
  let inherited: [String: String]
  /// The worksheet the row comes from, for a table read from an `.xlsx` workbook.
  var sheet: String? = nil

  /// The trimmed text of a field's cell; nil when the field is not mapped or the cell is empty.
  ///
  /// An apostrophe before `=`, `+`, `-` or `@` is the mark a spreadsheet (and arflow's own CSV
  /// writer, in a `NAME.rejected.csv` dropped in again) puts before text that would otherwise
  /// be run as a formula: it is not part of the value.
  func text(_ field: String) -> String? {
    for index in layout.alternates[field] ?? [] where index < row.cells.count {
      var value = row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
      if value.count > 1, value.first == "'", let next = value.dropFirst().first,
        "=+-@".contains(next)
      {
        value.removeFirst()
      }
      if !value.isEmpty { return value }
    }
    return inherited[field]
  }

  func required(_ field: String) throws(ValueProblem) -> String {
    guard let value = text(field) else {
      let column = layout.columns[field].map { " (column '\(layout.header[$0])')" } ?? ""
      throw ValueProblem(
        .missing, "\(FieldWords.of(field)) is empty\(column)",
        fix: "fill in \(FieldWords.of(field)) in the accounting system and export again")
    }
    return value
  }

  /// An identifier (invoice or customer number): text, leading zeros kept, Excel's damage caught.
  func identifier(_ field: String) throws(ValueProblem) -> String? {
    guard let text = text(field) else { return nil }
    let value = try IdentifierReader().identifier(text)
    return value.isEmpty ? nil : value
  }

  func currency() throws(ValueProblem) -> Currency {
    let code = text("currency") ?? mapping.defaults.currency ?? ""
    do {
      return try Currency(code: code)
    } catch {
      throw ValueProblem(
        .wrongCurrency, error.message,
        fix: "fill the currency column or set defaults.currency in the mapping")
    }
  }

  func amount(_ field: String, currency: Currency) throws(ValueProblem) -> Money? {
    guard var text = text(field) else { return nil }
    if sheet != nil { text = try WorkbookNumber(text, cell: cellName(field)).rounded(to: currency) }
    let reader = AmountReader(
      currency: currency, notation: decisions.notations[field] ?? mapping.dialect.fallbackNotation)
    do {
      return try reader.money(text)
    } catch {
      throw error.about(field)
    }
  }

  func date(_ field: String) throws(ValueProblem) -> LocalDate? {
    guard let text = text(field) else { return nil }
    let reader = DateReader(
      layout: decisions.layouts[field] ?? mapping.dialect.fallbackDateLayout,
      twoDigitYearPivot: mapping.dialect.twoDigitYearPivot)
    do {
      return try reader.date(text)
    } catch {
      throw error.about(field)
    }
  }

  var location: SourceLocation { SourceLocation(file: "", line: row.line) }

  /// `Sheet1!F7`: the cell a field was read from, for a row of a workbook.
  func cellName(_ field: String) -> String {
    let column =
      (layout.alternates[field] ?? []).first {
        $0 < row.cells.count
          && !row.cells[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      } ?? layout.columns[field] ?? 0
    let name = CSVTable.cellName(column: column, row: row.line)
    guard let sheet else { return name }
    let quoted = sheet.contains { !$0.isLetter && !$0.isNumber && $0 != "_" }
    return (quoted ? "'\(sheet.replacingOccurrences(of: "'", with: "''"))'" : sheet) + "!" + name
  }
}

extension ValueProblem {
  /// The same problem, saying which field it is about: "the due date: '31.02.2026' is not …".
  func about(_ field: String) -> ValueProblem {
    ValueProblem(code, "\(FieldWords.of(field)): \(message)", fix: fix)
  }
}

/// Field names in a bookkeeper's words.
enum FieldWords {
  static func of(_ field: String) -> String {
    switch field {
    case "number": "the invoice number"
    case "customerID": "the customer number"
    case "customerName": "the customer name"
    case "issueDate": "the invoice date"
    case "dueDate": "the due date"
    case "amount": "the amount"
    case "openAmount": "the open amount"
    case "bookingDate": "the booking date"
    case "assessedOn": "the date of the assessment"
    case "action": "the kind (pause, dispute, promise or resume)"
    case "until": "the until date"
    default: "the \(field)"
    }
  }
}
