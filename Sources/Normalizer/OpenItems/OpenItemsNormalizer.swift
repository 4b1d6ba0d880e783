public import Parsers
public import Receivables

/// Turns the rows of an open-items CSV into customers and open items, by a mapping.
///
/// One bad row never loses the good ones: it becomes a `RejectedRecord` naming its line.
public struct OpenItemsNormalizer: Sendable {
  public let mapping: SourceMapping

  public init(mapping: SourceMapping) {
    self.mapping = mapping
  }

  /// - Throws: `NormalizerError` with code `headerMissing` when no row holds the mapping's columns.
  public func normalize(_ table: CSVTable, file: String) throws(NormalizerError) -> NormalizedFile {
    let rows = table.rows.map(\.cells)
    guard let layout = HeaderLayout(rows: rows, mapping: mapping) else {
      throw NormalizerError(
        .headerMissing, file: file,
        "no header row with the columns \(mapping.recognise.columns.joined(separator: ", ")); check the export settings or the mapping \(mapping.name)"
      )
    }
    var result = NormalizedFile(kind: "open-items", readAs: mapping.name)
    result.header = layout.header
    let reader = OpenItemRow.Reader(mapping: mapping, layout: layout, file: file)
    var customers: [String: Customer] = [:]
    var customerOrder: [String] = []
    var numbers: [String: Int] = [:]
    for row in table.rows.dropFirst(layout.rowIndex + 1) {
      let location = SourceLocation(file: file, line: row.line)
      do throws(ValueError) {
        let parsed = try reader.read(row)
        if let firstLine = numbers[parsed.item.number] {
          throw ValueError(
            "invoice \(parsed.item.number) appears twice (first on line \(firstLine))",
            fix: "remove the duplicate row; each invoice number may appear once per file")
        }
        numbers[parsed.item.number] = row.line
        if customers[parsed.customer.id] == nil { customerOrder.append(parsed.customer.id) }
        customers[parsed.customer.id] =
          customers[parsed.customer.id].map {
            $0.filling(from: parsed.customer)
          } ?? parsed.customer
        result.items.append(parsed.item)
      } catch {
        result.rejected.append(
          RejectedRecord(
            location: location, reason: error.message, fix: error.fix, rawCells: row.cells))
      }
    }
    result.customers = customerOrder.compactMap { customers[$0] }
    return result
  }
}

extension Customer {
  /// This customer with empty fields filled from another row of the same customer.
  func filling(from other: Customer) -> Customer {
    var merged = self
    merged.email = email ?? other.email
    merged.language = language ?? other.language
    merged.address = address ?? other.address
    return merged
  }
}
