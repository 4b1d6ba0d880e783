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

  /// Files saved in Windows-1252 / ISO-8859-1, and text they must decode to.
  static let windows1252: [String: [String]] = [
    "csv/bank-de/rechnungspilot-ing-mit-saldo.csv": ["Auftraggeber/Empfänger", "Währung"],
    "csv/datev/ledermann-datev-EXTF_Buchungsstapel.csv": [
      "Beleginfo – Art 1", "Fachbuch: Controlling für Dummies",
    ],
    "csv/datev/ledermann-datev-EXTF_Stammdaten.csv": ["Köln", "Straße", "Grußformel"],
    "csv/duckdb-sniffer/duckdb-encodings-latin1.csv": [
      "José Álvarez", "Müller", "Søren Kierkegaard",
    ],
  ]

  @Test(
    "every corpus CSV is read into rows, in UTF-8 or, for the cp1252 files, Windows-1252",
    arguments: allFiles)
  func readsEveryFile(_ path: String) throws {
    let table = try CSVReader.read(Corpus.bytes(path), file: path)
    #expect(!table.rows.isEmpty)
    if let words = Self.windows1252[path] {
      #expect(table.encoding == "Windows-1252")
      let cells = Set(table.rows.flatMap(\.cells))
      for word in words { #expect(cells.contains(word), "\(word)") }
    } else {
      #expect(table.encoding.hasPrefix("UTF-8"))
    }
  }

  @Test("the ING export with 13 preamble lines is split on ; and its table found intact")
  func preambleBeforeTable() throws {
    let path = "csv/bank-de/rechnungspilot-ing-mit-saldo.csv"
    let table = try CSVReader.read(Corpus.bytes(path), file: path)
    #expect(table.delimiter == ";")
    let header = try #require(table.rows.first { $0.cells.first == "Buchung" })
    #expect(header.line == 14)
    #expect(header.cells.count == 7)
    #expect(table.rows.first { $0.cells.first == "Saldo" }?.cells == ["Saldo", "66.331,90", "EUR"])
  }

  @Test("the DKB export's unescaped quote is kept in its cell and warned about on line 11")
  func realStrayQuote() throws {
    let path = "csv/bank-de/rechnungspilot-dkb.csv"
    let table = try CSVReader.read(Corpus.bytes(path), file: path)
    let row = try #require(table.rows.first { $0.line == 11 })
    #expect(row.cells[4] == "Firma\"")
    #expect(row.cells.count == 12)
    #expect(table.warnings.map(\.line) == [11])
  }

  @Test("CSVW files: comment and all-empty lines stay rows for the Normalizer, spaces are kept")
  func csvw() throws {
    let comments = try CSVReader.read(Corpus.bytes("csv/csvw/csvw-test051.csv"), file: "051")
    #expect(comments.rows.prefix(3).map(\.line) == [1, 2, 3])
    #expect(comments.rows.first?.cells == ["# publisher City of Palo Alto"])
    #expect(comments.rows.last?.cells.count == 5)
    let empties = try CSVReader.read(Corpus.bytes("csv/csvw/csvw-test055.csv"), file: "055")
    #expect(empties.rows.map(\.line) == [1, 2, 3, 4, 5])
    #expect(empties.rows[1].cells == ["", "", "", "", ""])
    let spaces = try CSVReader.read(Corpus.bytes("csv/csvw/csvw-test056.csv"), file: "056")
    #expect(spaces.rows[1].cells[1] == " ADDISON AV ")
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
    ("csv/clevercsv/clevercsv-airedale.csv", ","),
    ("csv/bank-de/rechnungspilot-ing-mit-saldo.csv", ";"),
    ("csv/bank-de/rechnungspilot-dkb.csv", ";"),
    ("csv/bank-de/rechnungspilot-sparkasse-lzo-mt940.csv", ";"),
    ("csv/bank-de/rechnungspilot-vr-teilhaberbank.csv", ";"),
    ("csv/datev/ledermann-datev-EXTF_Buchungsstapel.csv", ";"),
    ("csv/duckdb-sniffer/duckdb-comma_decimal_null.csv", ","),
    ("csv/duckdb-sniffer/duckdb-rejects_sniffer.csv", ";"),
    ("csv/openitems/bdoautomapper-sample_data.csv", ","),
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
