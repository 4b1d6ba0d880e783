import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CSVSpectrumCorpusTests {
  /// csv-spectrum files that come with the upstream expected output.
  static let filesWithExpectation = Corpus.files(in: "csv/spectrum").filter { name in
    name.hasSuffix(".csv")
      && (Corpus.root.map {
        FileManager.default.fileExists(
          atPath: $0.appendingPathComponent("csv/spectrum/" + expectationName(name)).path)
      } ?? false)
  }

  /// Where the upstream expectation contradicts the upstream CSV bytes, the bytes win: the
  /// location_coordinates JSON says phone 1234567890, its CSV says 2095257564.
  static let upstreamErrata: [String: [String: String]] = [
    "csvspectrum-location_coordinates.csv": ["Contact Phone Number": "2095257564"]
  ]

  static func expectationName(_ csvName: String) -> String {
    String(csvName.dropLast(".csv".count)) + ".expected.json"
  }

  @Test(
    "every csv-spectrum acid test gives exactly the upstream rows", arguments: filesWithExpectation)
  func matchesExpectation(_ name: String) throws {
    let table = try CSVReader.read(Corpus.bytes("csv/spectrum/\(name)"), file: name)
    let header = try #require(table.rows.first).cells
    let rows = table.rows.dropFirst().map { row in
      Dictionary(uniqueKeysWithValues: zip(header, row.cells))
    }
    let json = try JSONSerialization.jsonObject(
      with: Corpus.bytes("csv/spectrum/" + Self.expectationName(name)))
    let upstream = try #require(
      (json as? [[String: String]]) ?? (json as? [String: String]).map { [$0] })
    let corrections = Self.upstreamErrata[name] ?? [:]
    let expected = upstream.map { $0.merging(corrections) { _, corrected in corrected } }
    #expect(rows == expected)
  }

  @Test("csv-spectrum newlines: records after a quoted newline keep their physical line")
  func quotedNewlineLines() throws {
    let table = try CSVReader.read(
      Corpus.bytes("csv/spectrum/csvspectrum-newlines.csv"), file: "n.csv")
    #expect(table.rows.map(\.line) == [1, 2, 3, 5])
    let cr = try CSVReader.read(
      Corpus.bytes("csv/spectrum/csvspectrum-newlines_cr.csv"), file: "cr.csv")
    #expect(cr.rows.map(\.line) == [1, 2, 3, 5])
  }

  /// Upstream stores `newlines_crlf.csv` as `newlines.csv` with LF in git and checks it out with
  /// CRLF (`eol=crlf`); its expected JSON has `"Once upon \r\na time"`. The same conversion of
  /// the LF file here must give exactly that: the bytes between the quotes, CR included.
  @Test("csv-spectrum newlines_crlf: a CRLF inside quotes stays CRLF in the cell")
  func crlfInsideQuotes() throws {
    let lf = String(
      decoding: try Corpus.bytes("csv/spectrum/csvspectrum-newlines.csv"), as: UTF8.self)
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let table = try CSVReader.read(Data(crlf.utf8), file: "newlines_crlf.csv")
    #expect(table.rows.map(\.cells.count) == [3, 3, 3, 3])
    let cell = try #require(table.rows.dropFirst(2).first?.cells.first)
    #expect(Array(cell.utf8) == Array("Once upon \r\na time".utf8))
    #expect(table.rows.map(\.line) == [1, 2, 3, 5])
  }
}
