import Exporter
import Testing

struct CSVTextTests {
  @Test(
    "a text cell a spreadsheet would run as a formula gets a leading apostrophe",
    arguments: [
      (
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")"
      ),
      ("@SUM(A1)", "'@SUM(A1)"), ("=1+2", "'=1+2"), ("+31 20 123 4567", "'+31 20 123 4567"),
      ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"), ("\tTab", "'\tTab"),
    ])
  func defused(cell: String, written: String) {
    var csv = CSVText()
    csv.append([cell])
    let expected = written.contains(",") || written.contains("\"") ? "\"\(written)\"" : written
    #expect(csv.text == expected + "\r\n")
  }

  @Test(
    "amounts and plain numbers stay as they are",
    arguments: ["-12.50", "+3", "-1.234,56", "1234.56", "0", "-0.25", "2026-0101", "C1001"])
  func plainNumbers(cell: String) {
    var csv = CSVText(delimiter: ";")
    csv.append([cell])
    #expect(csv.text == cell + "\r\n")
  }

  @Test("cells are quoted only where needed, with the file's own delimiter")
  func quoting() {
    var comma = CSVText()
    comma.append(["a,b", "say \"hi\"", "x;y", "line\nbreak"])
    #expect(comma.text == "\"a,b\",\"say \"\"hi\"\"\",x;y,\"line\nbreak\"\r\n")
    var semicolon = CSVText(delimiter: ";")
    semicolon.append(["a,b", "x;y", "1.234,56"])
    #expect(semicolon.text == "a,b;\"x;y\";1.234,56\r\n")
  }
}
