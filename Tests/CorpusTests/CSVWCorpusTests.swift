import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// The W3C CSV on the Web dialect tests: the reader's rows, with the test's own dialect
/// (skipRows, commentPrefix, skipBlankRows) applied as its metadata says, must give exactly the
/// published csv2json rows; dates typed M/d/yyyy are read with arflow's date reader.
@Suite(.enabled(if: Corpus.isAvailable, "the shared corpus is not there"))
struct CSVWCorpusTests {
  private struct Metadata: Decodable {
    struct Dialect: Decodable {
      var skipRows: Int?
      var commentPrefix: String?
      var skipBlankRows: Bool?
    }
    struct Column: Decodable {
      var name: String?
      var titles: String
    }
    struct Schema: Decodable { var columns: [Column] }
    var dialect: Dialect
    var tableSchema: Schema
  }

  private struct Expected: Decodable {
    struct Table: Decodable { var row: [Row] }
    struct Row: Decodable { var describes: [[String: String]] }
    var tables: [Table]
  }

  @Test(
    "each CSVW dialect test gives exactly the published rows", arguments: ["051", "055", "056"])
  func csvw(number: String) throws {
    let folder = try #require(Corpus.root).appendingPathComponent("csv/csvw")
    let metadata = try JSONDecoder().decode(
      Metadata.self,
      from: Data(contentsOf: folder.appendingPathComponent("csvw-test\(number)-metadata.json")))
    let expected = try JSONDecoder().decode(
      Expected.self,
      from: Data(contentsOf: folder.appendingPathComponent("csvw-test\(number).expected.json")))
    let table = try CSVReader.read(
      Data(contentsOf: folder.appendingPathComponent("csvw-test\(number).csv")), file: "csvw")
    var rows = table.rows.filter { $0.line > metadata.dialect.skipRows ?? 0 }.map(\.cells)
    if let prefix = metadata.dialect.commentPrefix {
      rows.removeAll { $0.first?.hasPrefix(prefix) == true }
    }
    if metadata.dialect.skipBlankRows == true {
      rows.removeAll { $0.allSatisfy(\.isEmpty) }
    }
    let header = rows.removeFirst()
    #expect(header == metadata.tableSchema.columns.map(\.titles))
    let dates = DateReader(layout: .monthDayYear(separator: "/"))
    let actual: [[String: String]] = try rows.map { cells in
      var object: [String: String] = [:]
      for (index, column) in metadata.tableSchema.columns.enumerated() {
        let name = column.name ?? column.titles
        object[name] =
          name == "inventory_date" ? try dates.date(cells[index]).iso8601 : cells[index]
      }
      return object
    }
    #expect(actual == expected.tables[0].row.flatMap(\.describes))
  }
}
