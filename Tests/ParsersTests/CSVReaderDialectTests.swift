import Foundation
import Parsers
import Testing

/// A realistic export and the delimiter it must be read with.
struct DialectCase: Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  let delimiter: Character
  /// The cells of the last row, to show the split is right, not only the guess.
  let lastRow: [String]
  var testDescription: String { name }
}

struct CSVReaderDialectTests {
  static let exports: [DialectCase] = [
    DialectCase(
      name: "German open items: ; with decimal commas and thousands dots",
      text: """
        Kundennr.;Name;Rechnungsnr.;Rechnungsdatum;Fällig;Betrag;Offen
        10001;Müller GmbH;RE-2024-001;15.01.2024;14.02.2024;1.234,50;1.234,50
        10002;Schulze, Bernd;RE-2024-002;16.01.2024;15.02.2024;99,90;49,95
        10003;Bäckerei Groß;RE-2024-003;17.01.2024;16.02.2024;12.000,00;0,00

        """,
      delimiter: ";",
      lastRow: [
        "10003", "Bäckerei Groß", "RE-2024-003", "17.01.2024", "16.02.2024", "12.000,00", "0,00",
      ]),
    DialectCase(
      name: "UK aged debt: , with thousands commas inside quotes",
      text: """
        Customer,Invoice,Date,Due,Amount,Outstanding
        Acme Ltd,INV-1001,01/02/2024,03/03/2024,"1,234.56","1,234.56"
        "Smith, Jones & Co",INV-1002,02/02/2024,04/03/2024,"12,500.00",250.00
        Widget plc,INV-1003,05/02/2024,06/03/2024,99.95,"1,099.95"

        """,
      delimiter: ",",
      lastRow: ["Widget plc", "INV-1003", "05/02/2024", "06/03/2024", "99.95", "1,099.95"]),
    DialectCase(
      name: "tab-separated export with decimal commas and a comma in a name",
      text: "Konto\tName\tBeleg\tDatum\tSaldo\n"
        + "10001\tMeyer, Anna\t4711\t01.03.2024\t1.500,00\n"
        + "10002\tKrause KG\t4712\t02.03.2024\t-20,00\n"
        + "10003\tLange & Partner\t4713\t03.03.2024\t300,10\n",
      delimiter: "\t",
      lastRow: ["10003", "Lange & Partner", "4713", "03.03.2024", "300,10"]),
    DialectCase(
      name: "ERP pipe export with commas and semicolons in text",
      text: """
        DOCNO|CUSTOMER|DOCDATE|AMOUNT|TEXT
        900001|C-100|2024-03-01|1,250.00|Delivery; partial
        900002|C-101|2024-03-02|75.10|Service, March
        900003|C-102|2024-03-03|-12.00|Credit note

        """,
      delimiter: "|",
      lastRow: ["900003", "C-102", "2024-03-03", "-12.00", "Credit note"]),
    DialectCase(
      name: "; without a header row where every row has exactly one decimal comma",
      text: "RE-1;99,90\nRE-2;10,00\nRE-3;1.000,50\n",
      delimiter: ";",
      lastRow: ["RE-3", "1.000,50"]),
  ]

  @Test("each delimiter is sniffed on a realistic accounting export", arguments: exports)
  func sniffsDelimiter(_ export: DialectCase) throws {
    let table = try CSVReader.read(Data(export.text.utf8), file: "export.csv")
    #expect(table.delimiter == export.delimiter)
    #expect(table.rows.last?.cells == export.lastRow)
    #expect(!table.sepLineRemoved)
  }

  @Test("a report with title, 'As at' line, account block, blank lines, total and footnote")
  func reportShapedFile() throws {
    let text = """
      Offene Posten Debitoren
      Stand: 31.12.2024, alle Beträge in EUR
      Mandant;Muster GmbH
      Konto;DE89 3704 0044 0532 0130 00

      Kundennr.;Name;Rechnungsnr.;Datum;Fällig;Betrag
      10001;Müller GmbH;RE-1;15.01.2024;14.02.2024;1.234,50
      10002;Schulze KG;RE-2;16.01.2024;15.02.2024;99,90
      10003;Groß, Klein & Co;RE-3;17.01.2024;16.02.2024;12.000,00
      10004;Bäckerei Süß;RE-4;18.01.2024;17.02.2024;0,50
      10005;Weber AG;RE-5;19.01.2024;18.02.2024;3,00

      Summe;;;;;13.337,90
      * Beträge ohne Skonto, Stand der Buchhaltung vom 02.01.2025

      """
    let table = try CSVReader.read(Data(text.utf8), file: "report.csv")
    #expect(table.delimiter == ";")
    let header = try #require(table.rows.first { $0.cells.first == "Kundennr." })
    #expect(header.line == 6)
    #expect(table.rows.first?.cells == ["Offene Posten Debitoren"])
    #expect(table.rows.first { $0.cells.first == "10003" }?.cells[1] == "Groß, Klein & Co")
    #expect(
      table.rows.first { $0.cells.first == "Summe" }
        == CSVRow(line: 13, cells: ["Summe", "", "", "", "", "13.337,90"]))
    #expect(table.rows.last?.line == 14)
  }

  @Test("a comma report with a title line and a total row still picks ,")
  func commaReport() throws {
    let text = """
      Aged Receivables Report
      As at 31 March 2024

      Customer,Invoice,Due,Amount
      Acme Ltd,INV-1,2024-01-31,"1,200.00"
      Bolt & Nut,INV-2,2024-02-29,300.50
      Crane Co,INV-3,2024-03-15,"2,000.00"
      Total,,,"3,500.50"

      """
    let table = try CSVReader.read(Data(text.utf8), file: "aged.csv")
    #expect(table.delimiter == ",")
    #expect(table.rows.last == CSVRow(line: 8, cells: ["Total", "", "", "3,500.50"]))
  }

  @Test("Excel's sep=; line sets the delimiter, is removed, and later lines keep their number")
  func sepLine() throws {
    let text = "sep=;\r\nName,Vorname;Betrag\r\nMeyer, Anna;1,50\r\n\r\nKrause, Tom;2,75\r\n"
    let table = try CSVReader.read(Data(text.utf8), file: "excel.csv")
    #expect(table.delimiter == ";")
    #expect(table.sepLineRemoved)
    #expect(
      table.rows == [
        CSVRow(line: 2, cells: ["Name,Vorname", "Betrag"]),
        CSVRow(line: 3, cells: ["Meyer, Anna", "1,50"]),
        CSVRow(line: 5, cells: ["Krause, Tom", "2,75"]),
      ])
  }

  static let sepLines: [(String, Character)] = [
    ("SEP=|\n", "|"), ("sep=,\n", ","), ("\"sep=;\"\n", ";"), ("sep=\t\n", "\t"),
    ("sep=;;;\n", ";"),
    ("sep=" + String(repeating: ";", count: 60) + "\r\n", ";"),
  ]

  @Test("sep= lines in their spellings name the delimiter", arguments: sepLines)
  func sepLineSpellings(_ line: String, _ delimiter: Character) throws {
    let text = line + "a\(delimiter)b\n1\(delimiter)2\n"
    let table = try CSVReader.read(Data(text.utf8), file: "s.csv")
    #expect(table.sepLineRemoved)
    #expect(table.delimiter == delimiter)
    #expect(
      table.rows == [CSVRow(line: 2, cells: ["a", "b"]), CSVRow(line: 3, cells: ["1", "2"])])
  }

  @Test("a UTF-8 BOM before the sep= line does not hide it")
  func sepLineAfterByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("sep=;\na;b\n".utf8)
    let table = try CSVReader.read(Data(bytes), file: "s.csv")
    #expect(table.sepLineRemoved)
    #expect(table.rows == [CSVRow(line: 2, cells: ["a", "b"])])
  }

  @Test("quotes used as inch marks and never closed properly are read as plain characters")
  func literalQuotes() throws {
    let text = """
      Nr;Artikel;Preis
      1;"Rohr 3/4 verzinkt;7,00
      2;Muffe;1,00
      3;Rohr 1" x 2";3,00
      4;Schelle 1/2";0,80

      """
    let table = try CSVReader.read(Data(text.utf8), file: "artikel.csv")
    #expect(table.delimiter == ";")
    #expect(table.quote == nil)
    #expect(table.rows.map(\.cells.count) == [3, 3, 3, 3, 3])
    #expect(table.rows[1].cells[1] == "\"Rohr 3/4 verzinkt")
    #expect(table.rows[3].cells[1] == "Rohr 1\" x 2\"")
  }

  @Test("an ordinary file reports the double quote as its quote and no sep= line")
  func defaults() throws {
    let table = try CSVReader.read(Data("a,b\n1,2\n".utf8), file: "d.csv")
    #expect(table.quote == "\"")
    #expect(!table.sepLineRemoved)
    #expect(table.warnings.isEmpty)
  }
}
