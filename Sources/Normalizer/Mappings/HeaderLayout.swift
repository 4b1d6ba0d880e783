/// Where the header is and which columns hold each field.
struct HeaderLayout: Sendable {
  /// Index of the header row in the table's rows; -1 for a file without a header.
  let rowIndex: Int
  let header: [String]
  /// Field name → the first column that has one of its names.
  let columns: [String: Int]
  /// Field name → every column that has one of its names, in alias order: a cell left empty in
  /// the first is taken from the next (DATEV's company name, else the person's name).
  let alternates: [String: [Int]]

  /// Finds the first of the first 30 rows that holds the mapping's recognition columns (or, when
  /// it names none, a column for each required field), and resolves each field's names against it.
  /// A mapping for files without a header names columns by position, "#1", "#2", ….
  init?(rows: [[String]], mapping: SourceMapping) {
    if mapping.recognise.noHeader {
      let width = rows.prefix(30).map(\.count).max() ?? 0
      let header = (0..<width).map { "#\($0 + 1)" }
      self.init(index: -1, header: header, mapping: mapping)
      return
    }
    for (index, cells) in rows.prefix(30).enumerated() {
      let layout = HeaderLayout(index: index, header: cells, mapping: mapping)
      if layout.recognises(mapping) {
        self = layout
        return
      }
    }
    return nil
  }

  private init(index: Int, header: [String], mapping: SourceMapping) {
    let names = header.map(ColumnName.init)
    var alternates: [String: [Int]] = [:]
    for (field, aliases) in mapping.fields {
      var found: [Int] = []
      for alias in aliases {
        for (column, name) in names.enumerated()
        where name == ColumnName(alias) && !found.contains(column) {
          found.append(column)
        }
      }
      if !found.isEmpty { alternates[field] = found }
    }
    rowIndex = index
    self.header = header
    self.alternates = alternates
    columns = alternates.compactMapValues(\.first)
  }

  private func recognises(_ mapping: SourceMapping) -> Bool {
    let names = Set(header.map(ColumnName.init))
    if !mapping.recognise.columns.isEmpty {
      return mapping.recognise.columns.allSatisfy { names.contains(ColumnName($0)) }
    }
    let customer =
      !mapping.needsCustomerColumn || columns["customerID"] != nil || columns["customerName"] != nil
    return customer && mapping.recognitionFields.allSatisfy { columns[$0] != nil }
  }
}
