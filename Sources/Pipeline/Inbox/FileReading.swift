import Foundation
import Normalizer
import Parsers
import Receivables

/// Reads an inbox file into domain records: recognises its kind, parses and normalises it.
struct FileReading {
  let mappings: [SourceMapping]
  /// A mapping to use instead of choosing one by recognition (`arflow inspect --mapping`).
  var forcedMapping: String?
  /// The XSD schemas e-invoices are checked against (`--schemas DIR`); nil: no XSD check.
  var schemas: XMLSchemaSet?
  /// The creditor's own accounts (`bankAccounts` of `company.yaml`); empty: every account.
  var ownAccounts: [String] = []

  /// - Throws: `FileRejection` when the file as a whole cannot be read.
  func read(_ file: InboxFile) throws(FileRejection) -> NormalizedFile {
    if looksLikeXML(file.bytes) {
      return try readXML(file)
    }
    if let format = lineStatementFormat(file.bytes) {
      return try readLineStatement(file, format: format)
    }
    let lower = file.name.lowercased()
    guard [".csv", ".txt", ".tsv"].contains(where: lower.hasSuffix) else {
      throw FileRejection(
        kind: .unknown, message: "arflow does not read this kind of file", location: nil,
        fix:
          "drop open-item lists as CSV, e-invoices as UBL or CII XML and bank statements as camt.053 XML"
      )
    }
    let table: CSVTable
    do {
      table = try CSVReader.read(file.bytes, file: file.name)
    } catch {
      throw FileRejection(kind: .openItems, error)
    }
    do {
      let choice = try chooseMapping(for: file.name, table: table)
      var normalized = try TableNormalizer(mapping: choice.mapping).normalize(
        table, file: file.name)
      normalized.encoding = table.encoding
      normalized.delimiter = String(table.delimiter)
      normalized.mappingReason = choice.reason
      return normalized
    } catch {
      throw FileRejection(
        kind: .openItems, message: error.message, location: error.line.map { "line \($0)" },
        fix: "check the export against the mapping in mappings/sources/")
    }
  }

  private func chooseMapping(for name: String, table: CSVTable) throws(NormalizerError)
    -> MappingChoice
  {
    if let forcedMapping {
      guard let mapping = mappings.first(where: { $0.name == forcedMapping }) else {
        throw NormalizerError.unknownMapping(
          forcedMapping, file: name, known: mappings.map(\.name))
      }
      return MappingChoice(mapping: mapping, reason: "named with --mapping")
    }
    return try MappingChoice.choose(for: name, rows: table.rows.map(\.cells), among: mappings)
  }

  private func looksLikeXML(_ bytes: Data) -> Bool {
    let start = bytes.prefix(64).drop {
      $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09
    }
    return start.first == UInt8(ascii: "<")
  }
}

extension FileRejection {
  init(kind: FileKind, _ error: ParseError) {
    var location: String?
    switch (error.element, error.line) {
    case (let element?, let line?): location = "element \(element) (line \(line))"
    case (let element?, nil): location = "element \(element)"
    case (nil, let line?): location = "line \(line)"
    case (nil, nil): location = nil
    }
    self.init(kind: kind, message: error.message, location: location, fix: error.fix)
  }
}
