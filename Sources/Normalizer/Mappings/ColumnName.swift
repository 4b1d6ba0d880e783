/// A column name reduced to its letters and digits, lower case, so that "Invoice No.",
/// "invoice_no" and "\u{FEFF}INVOICE NO" compare equal.
struct ColumnName: Hashable, Sendable {
  let key: String

  init(_ text: String) {
    key = String(
      text.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }
}

/// Where the header is and which column holds each field.
struct HeaderLayout: Sendable {
  /// Index of the header row in the table's rows.
  let rowIndex: Int
  let header: [String]
  /// Field name → column index.
  let columns: [String: Int]

  /// Finds the first of the first 20 rows that holds every recognition column, and resolves
  /// each field's aliases against it.
  init?(rows: [[String]], mapping: SourceMapping) {
    let wanted = mapping.recognise.columns.map(ColumnName.init)
    for (index, cells) in rows.prefix(20).enumerated() {
      let names = cells.map(ColumnName.init)
      guard wanted.allSatisfy(names.contains) else { continue }
      var columns: [String: Int] = [:]
      for (field, aliases) in mapping.fields {
        for alias in aliases {
          if let column = names.firstIndex(of: ColumnName(alias)) {
            columns[field] = column
            break
          }
        }
      }
      rowIndex = index
      header = cells
      self.columns = columns
      return
    }
    return nil
  }
}
