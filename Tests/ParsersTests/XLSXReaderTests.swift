import ArflowTesting
import Foundation
import Parsers
import Testing

struct XLSXReaderTests {
  @Test("reads shared, inline, rich-text, formula, boolean and error cells as text")
  func cellKinds() throws {
    let strings = [
      "Customer", "Note",
      "<r><rPr><b/></rPr><t>Acme</t></r><r><t xml:space=\"preserve\"> &amp; Sons</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh>",
      "<t xml:space=\"preserve\">  padded  </t>", "<t>  trimmed  </t>", "line_x000D_break",
    ]
    let rows = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
      <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>inline</t></is></c>\
      <c r="C2" t="str"><f>A2&amp;"!"</f><v>Acme &amp; Sons!</v></c><c r="D2" t="b"><v>1</v></c>\
      <c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><f>NA()</f><v>#N/A</v></c></row>
      <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="s"><v>5</v></c>\
      <c r="D3"><f>SUM(1,2)</f><v>3</v></c><c r="E3" t="inlineStr"><is><r><t>rich</t></r>\
      <r><t xml:space="preserve"> inline</t></r></is></c></row>
      """
    let table = try XLSXReader.read(
      XLSXFixture.workbook(rows: rows, sharedStrings: strings), file: "kinds.xlsx")
    #expect(table.encoding == "xlsx")
    #expect(table.sheet == "Sheet1")
    #expect(table.rows.map(\.line) == [1, 2, 3])
    #expect(table.rows[0].cells == ["Customer", "Note", "", "", "", ""])
    #expect(
      table.rows[1].cells == ["Acme & Sons", "inline", "Acme & Sons!", "TRUE", "FALSE", "#N/A"])
    #expect(
      table.rows[2].cells == ["  padded  ", "trimmed", "line\rbreak", "3", "rich inline", ""])
    #expect(table.warnings.isEmpty)
  }

  @Test("places sparse cells by their names and keeps Excel's row numbers")
  func sparseCells() throws {
    let rows = """
      <row r="2"><c r="B2" t="inlineStr"><is><t>b</t></is></c>\
      <c r="AA2" t="inlineStr"><is><t>aa</t></is></c></row>
      <row r="4" spans="1:3"><c r="C4"><v>7</v></c><c r="A4"><v>5</v></c></row>
      <row r="5"><c r="A5" s="5"/><c r="B5" t="inlineStr"><is><t></t></is></c></row>
      <row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c><c t="inlineStr"><is><t>z</t></is></c></row>
      """
    let table = try XLSXReader.read(XLSXFixture.workbook(rows: rows), file: "sparse.xlsx")
    #expect(table.rows.map(\.line) == [2, 4, 6])
    #expect(table.rows.allSatisfy { $0.cells.count == 27 })
    #expect(table.rows[0].cells[1] == "b")
    #expect(table.rows[0].cells[26] == "aa")
    #expect(table.rows[0].cells.filter { !$0.isEmpty }.count == 2)
    #expect(Array(table.rows[1].cells.prefix(4)) == ["5", "", "7", ""])
    #expect(Array(table.rows[2].cells.prefix(4)) == ["x", "1", "z", ""])
  }

  @Test("a merged title above the header and an empty trailing header column line up")
  func mergedTitleAndTrailingColumn() throws {
    let strings = ["Open items per 31-03-2024", "Customer", "Invoice", "Amount", "Due", "", "note"]
    let rows = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="5"/><c r="C1" s="5"/><c r="D1"/>\
      <c r="E1"/><c r="F1"/></row>
      <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c>\
      <c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c></row>
      <row r="4"><c r="A4" t="inlineStr"><is><t>00123</t></is></c><c r="B4"><v>2024001</v></c>\
      <c r="C4" s="5"><v>1234.5</v></c><c r="D4" s="1"><v>45382</v></c><c r="E4" t="s"><v>6</v></c></row>
      <row r="5"><c r="A5" t="inlineStr"><is><t>00456</t></is></c><c r="B5"><v>2024002</v></c>\
      <c r="C5" s="5"><v>-12</v></c><c r="D5" s="1"><v>45383</v></c></row>
      """
    let extras = [("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships/>")]
    let merged = "<mergeCells count=\"1\"><mergeCell ref=\"A1:F1\"/></mergeCells>"
    let book = try XLSXFixture.workbook(
      [XLSXFixture.Sheet(name: "Sheet1", rows: rows, after: merged)], sharedStrings: strings,
      extraParts: extras)
    let table = try XLSXReader.read(book, file: "merged.xlsx")
    #expect(
      table.rows.map(\.cells) == [
        ["Open items per 31-03-2024", "", "", "", ""],
        ["Customer", "Invoice", "Amount", "Due", ""],
        ["00123", "2024001", "1234.5", "2024-03-31", "note"],
        ["00456", "2024002", "-12", "2024-04-01", ""],
      ])
    #expect(table.rows.map(\.line) == [1, 3, 4, 5])
  }

  @Test("numbers keep every digit without exponent, text keeps leading zeros")
  func numbersAndText() throws {
    let rows = """
      <row r="1"><c r="A1"><v>0.30000000000000004</v></c><c r="B1"><v>1234567890123456</v></c>\
      <c r="C1"><v>1.2345678901234562E+15</v></c><c r="D1"><v>123456789012345</v></c>\
      <c r="E1" s="6" t="s"><v>0</v></c><c r="F1" s="5"><v>1234.5599999999999</v></c>\
      <c r="G1" s="4"><v>30</v></c><c r="H1"><v>1E-3</v></c><c r="I1"><v>-0</v></c></row>
      """
    let table = try XLSXReader.read(
      XLSXFixture.workbook(rows: rows, sharedStrings: ["00123"]), file: "numbers.xlsx")
    #expect(
      table.rows[0].cells == [
        "0.30000000000000004", "1234567890123456", "1234567890123456.2", "123456789012345",
        "00123", "1234.56", "30", "0.001", "0",
      ])
  }

  @Test("date formats become ISO dates in the 1900 date system")
  func dates1900() throws {
    let rows = """
      <row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>45366</v></c>\
      <c r="C1" s="3"><v>45366</v></c><c r="D1" s="7"><v>45366.75</v></c>\
      <c r="E1" s="1"><v>59</v></c><c r="F1" s="1"><v>61</v></c><c r="G1" s="1"><v>1</v></c>\
      <c r="H1" s="7"><v>45365.999999999993</v></c><c r="I1" s="8"><v>1.5</v></c>\
      <c r="J1" s="1" t="d"><v>2024-03-15T00:00:00</v></c></row>
      """
    let table = try XLSXReader.read(XLSXFixture.workbook(rows: rows), file: "dates.xlsx")
    #expect(
      table.rows[0].cells == [
        "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "1900-02-28", "1900-03-01",
        "1900-01-01", "2024-03-15", "1.5", "2024-03-15",
      ])
    #expect(table.warnings.isEmpty)
  }

  @Test("the 1904 date system counts from 1904-01-01")
  func dates1904() throws {
    let rows = """
      <row r="1"><c r="A1" s="1"><v>43904</v></c><c r="B1" s="1"><v>0</v></c>\
      <c r="C1"><v>43904</v></c></row>
      """
    let table = try XLSXReader.read(
      XLSXFixture.workbook(rows: rows, date1904: true), file: "mac.xlsx")
    #expect(table.rows[0].cells == ["2024-03-15", "1904-01-01", "43904"])
  }

  @Test("day 60 of 1900 and a time of day in a date format are kept with a warning")
  func impossibleDates() throws {
    let rows = """
      <row r="3"><c r="A3" s="1"><v>60</v></c><c r="B3" s="1"><v>0.5</v></c></row>
      """
    let table = try XLSXReader.read(XLSXFixture.workbook(rows: rows), file: "odd.xlsx")
    #expect(table.rows[0].cells == ["1900-02-29", "0.5"])
    #expect(table.warnings.map(\.line) == [3, 3])
    #expect(table.warnings[0].message.contains("Sheet1!A3"))
    #expect(table.warnings[1].message.contains("Sheet1!B3"))
  }

  @Test("a formula without a saved result is an empty cell and a warning naming it")
  func formulaWithoutResult() throws {
    let rows = """
      <row r="7"><c r="A7" t="inlineStr"><is><t>total</t></is></c><c r="F7"><f>SUM(F1:F6)</f></c></row>
      """
    let table = try XLSXReader.read(XLSXFixture.workbook(rows: rows), file: "uncalculated.xlsx")
    #expect(table.rows[0].cells == ["total"])
    let warning = try #require(table.warnings.first)
    #expect(warning.line == 7)
    #expect(warning.message.hasPrefix("Sheet1!F7 has a formula without a saved result"))
  }

  @Test("cell names count columns like Excel")
  func cellNames() {
    #expect(CSVTable.cellName(column: 0, row: 1) == "A1")
    #expect(CSVTable.cellName(column: 5, row: 7) == "F7")
    #expect(CSVTable.cellName(column: 25, row: 2) == "Z2")
    #expect(CSVTable.cellName(column: 26, row: 3) == "AA3")
    #expect(CSVTable.cellName(column: 701, row: 4) == "ZZ4")
    #expect(CSVTable.cellName(column: 702, row: 5) == "AAA5")
    #expect(CSVTable.cellName(column: 16383, row: 1_048_576) == "XFD1048576")
  }
}
