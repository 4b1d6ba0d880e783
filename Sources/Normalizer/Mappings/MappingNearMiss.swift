/// How close a mapping came to reading a file whose header it did not recognise: the header row
/// it came closest with, what it found, what it missed, and which of the file's columns may be
/// the missing ones, so the message can say "add 'N° facture' to fields.number".
struct MappingNearMiss: Sendable {
  let mapping: SourceMapping
  /// The row that came closest, as written.
  let header: [String]
  /// How many of the things the mapping looks for were found.
  let found: Int
  /// What the mapping looks for and did not find, in words.
  let missing: [String]
  /// For a missing field, the file's column that may hold it.
  let suggestions: [(field: String, column: String)]

  /// Words a column name holds when it is likely one of the fields, in the export languages.
  private static let fieldWords: [String: [String]] = [
    "number": [
      "invoice", "factuur", "rechnung", "facture", "beleg", "document", "nummer", "number",
    ],
    "customerID": ["customer", "klant", "debiteur", "kunde", "client", "debitor", "relatie"],
    "customerName": ["name", "naam", "nom", "firma", "company"],
    "issueDate": ["date", "datum", "fecha"],
    "dueDate": ["due", "verval", "fällig", "faellig", "échéance", "echeance"],
    "amount": ["amount", "bedrag", "betrag", "montant", "total", "totaal", "summe"],
    "openAmount": ["open", "saldo", "solde", "offen", "rest"],
    "bookingDate": ["booking", "buchung", "boek", "date", "datum"],
    "assessedOn": ["date", "datum"],
  ]

  /// The near miss of `mapping` on the first rows of a file.
  init(_ mapping: SourceMapping, rows: [[String]]) {
    self.mapping = mapping
    var best: (header: [String], found: Int, missing: [String]) = ([], -1, [])
    for cells in rows.prefix(30) {
      let names = Set(cells.map(ColumnName.init))
      var found = 0
      var missing: [String] = []
      if !mapping.recognise.columns.isEmpty {
        for column in mapping.recognise.columns {
          if names.contains(ColumnName(column)) { found += 1 } else { missing.append(column) }
        }
      } else {
        for field in mapping.recognitionFields {
          let aliases = mapping.fields[field] ?? []
          if aliases.contains(where: { names.contains(ColumnName($0)) }) {
            found += 1
          } else {
            missing.append(field)
          }
        }
      }
      if found > best.found { best = (cells, found, missing) }
    }
    header = best.header
    found = max(0, best.found)
    missing = best.missing
    suggestions = Self.suggest(best.missing, header: best.header, mapping: mapping)
  }

  /// Pairs each missing field with a column of the header no alias of the mapping names.
  private static func suggest(_ missing: [String], header: [String], mapping: SourceMapping)
    -> [(field: String, column: String)]
  {
    let known = Set(mapping.fields.values.flatMap { $0 }.map(ColumnName.init))
    var free = header.filter { !$0.isEmpty && !known.contains(ColumnName($0)) }
    var pairs: [(field: String, column: String)] = []
    for field in missing {
      guard let words = fieldWords[field] else { continue }
      guard
        let column = free.first(where: { column in
          let lower = column.lowercased()
          return words.contains { lower.contains($0) }
        })
      else { continue }
      pairs.append((field, column))
      free.removeAll { $0 == column }
    }
    return pairs
  }

  /// How close it came: the share of what it looks for that was found or has a likely column
  /// to name, then how much was found.
  var closeness: (Double, Int) {
    let wanted = found + missing.count
    guard wanted > 0 else { return (0, 0) }
    return (Double(found + suggestions.count) / Double(wanted), found)
  }

  /// "open-items-en (generic.yaml) has no column for number, amount: add 'N° facture' to
  /// fields.number in mappings/sources/open-items-en.yaml".
  var sentence: String {
    var text = "\(mapping.name) finds no column for \(missing.joined(separator: ", "))"
    if !suggestions.isEmpty {
      text +=
        ": add "
        + suggestions.map { "'\($0.column)' to fields.\($0.field)" }.joined(separator: " and ")
        + " in mappings/sources/\(mapping.name).yaml"
    }
    return text
  }
}
