import Foundation
import Parsers
import Testing

struct CSVReaderQuotingTests {
  @Test("a stray quote inside an unquoted field is kept and warned about with its line")
  func strayQuote() throws {
    let text = "Artikel,Menge\nMonitor 24\" screen,2\nKabel,5\nTV 55\",1\n"
    let table = try CSVReader.read(Data(text.utf8), file: "items.csv")
    #expect(table.rows[1].cells == ["Monitor 24\" screen", "2"])
    #expect(table.rows[3].cells == ["TV 55\"", "1"])
    #expect(table.warnings.map(\.line) == [2, 4])
    #expect(table.warnings.first?.message.contains("kept as a character") == true)
  }

  @Test("text after a closing quote is joined to the field, with a warning")
  func textAfterClosingQuote() throws {
    let text = "Name;Ort\n\"Best\" Buy;Berlin\nMeyer;Bonn\n"
    let table = try CSVReader.read(Data(text.utf8), file: "x.csv")
    #expect(table.rows[1].cells == ["Best Buy", "Berlin"])
    #expect(table.warnings.map(\.line) == [2])
  }

  @Test("a quoted field keeps delimiters, doubled quotes and CR, LF and CRLF line breaks")
  func quotedContent() throws {
    let text = "id;note;amount\r\n1;\"a;b \"\"c\"\"\rd\ne\r\nf\";9,99\r\n2;x;1\r\n"
    let table = try CSVReader.read(Data(text.utf8), file: "x.csv")
    #expect(
      table.rows == [
        CSVRow(line: 1, cells: ["id", "note", "amount"]),
        CSVRow(line: 2, cells: ["1", "a;b \"c\"\rd\ne\r\nf", "9,99"]),
        CSVRow(line: 6, cells: ["2", "x", "1"]),
      ])
    #expect(table.warnings.isEmpty)
  }

  @Test("after 100 warnings the rest are counted in one more warning, not listed")
  func warningsAreCapped() throws {
    let lines = (1...150).map { "item \($0)\",\($0)" }
    let text = "name,qty\n" + lines.joined(separator: "\n") + "\n"
    let table = try CSVReader.read(Data(text.utf8), file: "x.csv")
    #expect(table.rows.count == 151)
    #expect(table.warnings.count == 101)
    #expect(
      table.warnings.last
        == CSVWarning(line: 102, message: "50 more warnings from line 102 on are not listed"))
  }

  @Test("a quote left open at the end of the file is an error even after many good rows")
  func unterminatedAtEnd() {
    let rows = (1...500).map { "\($0);RE-\($0);1,00" }.joined(separator: "\r\n")
    let text = "Nr;Rechnung;Betrag\r\n" + rows + "\r\n501;\"RE-501;2,00\r\n"
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(text.utf8), file: "open.csv")
    }
    #expect(error?.code == .unterminatedQuote)
    #expect(error?.line == 502)
  }
}
