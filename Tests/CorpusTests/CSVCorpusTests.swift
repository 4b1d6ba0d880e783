import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CSVCorpusTests {
  static let folders = [
    "csv/bank-de", "csv/clevercsv", "csv/csvw", "csv/datev", "csv/duckdb-sniffer",
    "csv/openitems", "csv/spectrum",
  ]

  static let allFiles = folders.flatMap { folder in
    Corpus.files(in: folder).filter { $0.hasSuffix(".csv") }.map { "\(folder)/\($0)" }
  }

  /// Files saved in Windows-1252 / ISO-8859-1: the reader only takes UTF-8, so these must be
  /// refused with the line of the first non-UTF-8 byte (the Normalizer or the user re-saves).
  static let notUTF8: [String: Int] = [
    "csv/bank-de/rechnungspilot-ing-mit-saldo.csv": 12,
    "csv/datev/ledermann-datev-EXTF_Buchungsstapel.csv": 2,
    "csv/datev/ledermann-datev-EXTF_Stammdaten.csv": 2,
    "csv/duckdb-sniffer/duckdb-encodings-latin1.csv": 2,
  ]

  @Test("every corpus CSV is read, or refused as not UTF-8 at the right line", arguments: allFiles)
  func readsOrRefuses(_ path: String) throws {
    let bytes = try Corpus.bytes(path)
    if let line = Self.notUTF8[path] {
      let error = #expect(throws: ParseError.self) { try CSVReader.read(bytes, file: path) }
      #expect(error?.code == .notUTF8)
      #expect(error?.line == line)
    } else {
      let table = try CSVReader.read(bytes, file: path)
      #expect(!table.rows.isEmpty)
    }
  }

  static let delimiters: [(String, Character)] = [
    ("csv/bank-de/rechnungspilot-commerzbank.csv", ";"),
    ("csv/bank-de/rechnungspilot-dkb.csv", ";"),
    ("csv/bank-de/rechnungspilot-paypal.csv", ","),
    ("csv/bank-de/rechnungspilot-targobank-duesseldorf.csv", ";"),
    ("csv/datev/oca-l10n-germany-datev_export.csv", ","),
    ("csv/datev/rechnungspilot-datev-export.csv", ";"),
    ("csv/duckdb-sniffer/duckdb-decimal_separators.csv", ";"),
    ("csv/duckdb-sniffer/duckdb-semicolon_quote.csv", ";"),
    ("csv/clevercsv/clevercsv-milk.csv", "\t"),
  ]

  @Test(
    "the delimiter of real exports is sniffed right, decimal commas notwithstanding",
    arguments: delimiters)
  func sniffsDelimiter(_ path: String, _ delimiter: Character) throws {
    let table = try CSVReader.read(Corpus.bytes(path), file: path)
    #expect(table.delimiter == delimiter)
    let counts = Set(table.rows.suffix(3).map(\.cells.count))
    #expect(counts.count == 1 && (counts.first ?? 0) > 1, "the table body has one consistent width")
  }

  @Test("BOM, CRLF and mixed line endings in real files give clean first cells and 3 records")
  func bomAndLineEndings() throws {
    let bom = try CSVReader.read(
      Corpus.bytes("csv/duckdb-sniffer/duckdb-utf8bom.csv"), file: "bom.csv")
    #expect(bom.encoding == "UTF-8 with BOM")
    #expect(bom.rows.map(\.cells) == [["id", "name"], ["1", "Mark"], ["2", "Hannes"]])
    let mixed = try CSVReader.read(
      Corpus.bytes("csv/duckdb-sniffer/duckdb-mixed_line_endings.csv"), file: "mixed.csv")
    #expect(mixed.rows.count == 3)
    #expect(mixed.rows.map(\.line) == [1, 2, 3])
  }
}
