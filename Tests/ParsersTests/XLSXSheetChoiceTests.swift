import ArflowTesting
import Foundation
import Parsers
import Testing

struct XLSXSheetChoiceTests {
  @Test("the first sheet by default, another by name, absolute targets resolved")
  func sheetChoice() throws {
    let book = try XLSXFixture.workbook(
      [
        XLSXFixture.Sheet(
          name: "Summary", rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
        XLSXFixture.Sheet(
          name: "Open items", rows: "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"),
      ], absoluteTargets: true)
    let first = try XLSXReader.read(book, file: "two.xlsx")
    #expect(first.sheet == "Summary")
    #expect(first.rows == [CSVRow(line: 1, cells: ["1"])])
    let named = try XLSXReader.read(book, file: "two.xlsx", sheet: "Open items")
    #expect(named.sheet == "Open items")
    #expect(named.rows == [CSVRow(line: 2, cells: ["", "2"])])
    #expect(try XLSXReader.read(book, file: "two.xlsx", sheet: "open ITEMS").sheet == "Open items")
    let error = #expect(throws: ParseError.self) {
      try XLSXReader.read(book, file: "two.xlsx", sheet: "Invoices")
    }
    #expect(error?.code == .sheetNotFound)
    #expect(error?.message.contains("\"Summary\", \"Open items\"") == true)
  }

  @Test("a chart sheet is passed over by default and refused by name")
  func chartSheet() throws {
    let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let book = try XLSXFixture.package([
      ("[Content_Types].xml", "<Types/>"),
      (
        "xl/workbook.xml",
        "<workbook xmlns:r=\"\(relationship)\"><sheets><sheet name=\"Chart1\" sheetId=\"1\" "
          + "r:id=\"rId1\"/><sheet name=\"Data\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Type=\"\(relationship)/chartsheet\" "
          + "Target=\"chartsheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
          + "Type=\"\(relationship)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
      ),
      ("xl/chartsheets/sheet1.xml", "<chartsheet/>"),
      (
        "xl/worksheets/sheet1.xml",
        XLSXFixture.worksheet(
          "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
      ),
    ])
    let table = try XLSXReader.read(book, file: "chart.xlsx")
    #expect(table.sheet == "Data")
    #expect(table.rows == [CSVRow(line: 1, cells: ["x"])])
    let error = #expect(throws: ParseError.self) {
      try XLSXReader.read(book, file: "chart.xlsx", sheet: "Chart1")
    }
    #expect(error?.code == .sheetNotFound)
    #expect(error?.message.contains("\"Data\"") == true)
  }
}
