import Foundation
import Parsers
import Testing

/// One RFC 4180 input and the rows (line, cells) it must give.
struct CSVCase: Sendable, CustomTestStringConvertible {
  let name: String
  let input: String
  let rows: [CSVRow]
  var testDescription: String { name }
}

struct CSVReaderTests {
  static let rfcCases: [CSVCase] = [
    CSVCase(
      name: "plain records with CRLF and a final newline",
      input: "a,b,c\r\n1,2,3\r\n",
      rows: [CSVRow(line: 1, cells: ["a", "b", "c"]), CSVRow(line: 2, cells: ["1", "2", "3"])]),
    CSVCase(
      name: "no newline after the last record",
      input: "a,b\n1,2",
      rows: [CSVRow(line: 1, cells: ["a", "b"]), CSVRow(line: 2, cells: ["1", "2"])]),
    CSVCase(
      name: "delimiter inside quotes",
      input: "name,city\nDoe,\"Anytown, WW\"\n",
      rows: [
        CSVRow(line: 1, cells: ["name", "city"]), CSVRow(line: 2, cells: ["Doe", "Anytown, WW"]),
      ]),
    CSVCase(
      name: "doubled quotes stand for one quote",
      input: "a,b\n1,\"ha \"\"ha\"\" ha\"\n",
      rows: [CSVRow(line: 1, cells: ["a", "b"]), CSVRow(line: 2, cells: ["1", "ha \"ha\" ha"])]),
    CSVCase(
      name: "empty quoted and unquoted fields",
      input: "a,b,c\n1,\"\",\n",
      rows: [CSVRow(line: 1, cells: ["a", "b", "c"]), CSVRow(line: 2, cells: ["1", "", ""])]),
    CSVCase(
      name: "a quote inside an unquoted field is kept",
      input: "pos,coord\n1,37°36'37.8\"N\n",
      rows: [
        CSVRow(line: 1, cells: ["pos", "coord"]), CSVRow(line: 2, cells: ["1", "37°36'37.8\"N"]),
      ]),
    CSVCase(
      name: "a field starting with a quoted quote",
      input: "a,b\n\"\"\"x\"\"\",2\n",
      rows: [CSVRow(line: 1, cells: ["a", "b"]), CSVRow(line: 2, cells: ["\"x\"", "2"])]),
  ]

  @Test("reads each RFC 4180 case into the right cells and lines", arguments: rfcCases)
  func rfc4180(_ example: CSVCase) throws {
    let table = try CSVReader.read(Data(example.input.utf8), file: "case.csv")
    #expect(table.rows == example.rows)
    #expect(table.encoding == "UTF-8")
  }

  @Test("a newline inside quotes stays in the cell and later rows keep their real line")
  func quotedNewlines() throws {
    let input = "id,text,amount\n1,\"first line\nsecond line\r\nthird line\",10\n2,plain,20\n"
    let table = try CSVReader.read(Data(input.utf8), file: "notes.csv")
    #expect(table.rows.count == 3)
    #expect(
      table.rows[1] == CSVRow(line: 2, cells: ["1", "first line\nsecond line\r\nthird line", "10"]))
    #expect(table.rows[2] == CSVRow(line: 5, cells: ["2", "plain", "20"]))
  }

  @Test("a German Excel export with ; and decimal commas is split on ;")
  func semicolonWithDecimalCommas() throws {
    let input = "Rechnung;Betrag;Datum\nRE-1;1.234,50;01.02.2024\nRE-2;99,90;03.02.2024\n"
    let table = try CSVReader.read(Data(input.utf8), file: "export.csv")
    #expect(table.delimiter == ";")
    #expect(
      table.rows.map(\.cells) == [
        ["Rechnung", "Betrag", "Datum"], ["RE-1", "1.234,50", "01.02.2024"],
        ["RE-2", "99,90", "03.02.2024"],
      ])
  }

  @Test("a ; inside quotes does not confuse the sniffer or the split")
  func quotedSemicolon() throws {
    let input = "123;TEST10;text1\n345;TEST10;text2\n567;TEST10;\"te;xt3\"\n"
    let table = try CSVReader.read(Data(input.utf8), file: "x.csv")
    #expect(table.delimiter == ";")
    #expect(table.rows.last?.cells == ["567", "TEST10", "te;xt3"])
  }

  @Test("tab-separated files are recognised")
  func tabs() throws {
    let table = try CSVReader.read(Data("a\tb\n1,5\t2\n".utf8), file: "t.txt")
    #expect(table.delimiter == "\t")
    #expect(table.rows.map(\.cells) == [["a", "b"], ["1,5", "2"]])
  }

  @Test("comma-delimited, fully quoted rows with decimal commas inside quotes pick ,")
  func quotedCommaFile() throws {
    let input = "\"Datum\",\"Brutto\",\"Name\"\n\"01.02.2024\",\"-6,19\",\"A; B\"\n"
    let table = try CSVReader.read(Data(input.utf8), file: "paypal.csv")
    #expect(table.delimiter == ",")
    #expect(table.rows[1].cells == ["01.02.2024", "-6,19", "A; B"])
  }

  @Test("a UTF-8 BOM is stripped and reported")
  func byteOrderMark() throws {
    let table = try CSVReader.read(
      Data([0xEF, 0xBB, 0xBF] + Array("id;name\n1;Mark\n".utf8)), file: "b.csv")
    #expect(table.encoding == "UTF-8 with BOM")
    #expect(table.rows.first?.cells == ["id", "name"])
  }

  @Test("old Mac CR-only line endings give the right records and lines")
  func carriageReturnOnly() throws {
    let table = try CSVReader.read(Data("a,b\r1,2\r3,4\r".utf8), file: "mac.csv")
    #expect(
      table.rows == [
        CSVRow(line: 1, cells: ["a", "b"]), CSVRow(line: 2, cells: ["1", "2"]),
        CSVRow(line: 3, cells: ["3", "4"]),
      ])
  }

  @Test("CRLF, LF and CR mixed in one file each end one line")
  func mixedLineEndings() throws {
    let table = try CSVReader.read(Data("a,b\r\n1,2\n3,4\r5,6\r\n".utf8), file: "mixed.csv")
    #expect(table.rows.map(\.line) == [1, 2, 3, 4])
    #expect(table.rows.last?.cells == ["5", "6"])
  }

  @Test("blank lines are skipped without shifting the line numbers of later rows")
  func blankLines() throws {
    let table = try CSVReader.read(Data("a,b\n\n1,2\r\n  \r\n\n3,4\n\n".utf8), file: "gaps.csv")
    #expect(
      table.rows == [
        CSVRow(line: 1, cells: ["a", "b"]), CSVRow(line: 3, cells: ["1", "2"]),
        CSVRow(line: 6, cells: ["3", "4"]),
      ])
  }

  @Test("rows with a different number of cells are kept for the Normalizer to judge")
  func raggedRows() throws {
    let table = try CSVReader.read(Data("a,b,c\n1,2\n1,2,3,4\n".utf8), file: "ragged.csv")
    #expect(table.rows.map(\.cells.count) == [3, 2, 4])
  }

  @Test("an empty file gives no rows")
  func emptyFile() throws {
    let table = try CSVReader.read(Data(), file: "empty.csv")
    #expect(table.rows.isEmpty)
  }

}
