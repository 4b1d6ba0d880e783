import Foundation
import Normalizer
import Parsers
import Receivables

/// Reads a fixture the way arflow reads an inbox file: CSV reader, the mapping the shipped
/// mappings recognise, the table normalizer.
enum ExportFixture {
  static func read(_ text: String, name: String) throws -> NormalizedFile {
    try read(Data(text.utf8), name: name)
  }

  static func read(_ bytes: Data, name: String) throws -> NormalizedFile {
    let table = try CSVReader.read(bytes, file: name)
    let choice = try MappingChoice.choose(
      for: name, rows: table.rows.map(\.cells),
      among: try SourceMapping.loadAll(from: ShippedMappings.folder))
    return try TableNormalizer(mapping: choice.mapping).normalize(table, file: name)
  }

  /// Windows-1252 bytes of a text (the characters used in fixtures only).
  static func windows1252(_ text: String) -> Data {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      switch scalar {
      case "€": bytes.append(0x80)
      case "–": bytes.append(0x96)
      default: bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      }
    }
    return Data(bytes)
  }

  /// UTF-16LE bytes with a BOM: Excel's "Unicode Text" save.
  static func utf16LittleEndian(_ text: String) -> Data {
    var data = Data([0xFF, 0xFE])
    for unit in text.utf16 {
      data.append(UInt8(unit & 0xFF))
      data.append(UInt8(unit >> 8))
    }
    return data
  }

  /// One line per item: "number customer issue due amount open kind".
  static func summary(_ file: NormalizedFile) -> [String] {
    file.items.map {
      "\($0.number) \($0.customerID) \($0.issueDate.iso8601) \($0.dueDate.iso8601) \($0.amount.decimalString) \($0.openAmount.decimalString) \($0.currency.code) \($0.kind.rawValue)"
    }
  }
}
