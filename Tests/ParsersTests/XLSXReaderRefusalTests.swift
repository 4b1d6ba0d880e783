import ArflowTesting
import Foundation
import Testing

@testable import Parsers

struct XLSXReaderRefusalTests {
  static let oneCell = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"

  @Test("an Excel 97–2003 .xls is refused with 'save it as .xlsx or CSV'")
  func legacyExcel() throws {
    let bytes = Data(
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
    #expect(XLSXReader.looksLikeOtherSpreadsheet(bytes) == "xls")
    #expect(!XLSXReader.looksLikeWorkbook(bytes))
    let error = #expect(throws: ParseError.self) { try XLSXReader.read(bytes, file: "old.xls") }
    #expect(error?.code == .unsupportedSpreadsheet)
    #expect(error?.message.contains(".xls") == true)
    #expect(error?.fix == "open it in Excel or LibreOffice and save it as .xlsx or CSV")
  }

  @Test("an OpenDocument spreadsheet is refused the same way")
  func openDocument() throws {
    let bytes = try XLSXFixture.package(
      [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", "<office:document-content/>"),
      ], compressed: false)
    #expect(XLSXReader.looksLikeOtherSpreadsheet(bytes) == "ods")
    #expect(!XLSXReader.looksLikeWorkbook(bytes))
    let error = #expect(throws: ParseError.self) { try XLSXReader.read(bytes, file: "list.ods") }
    #expect(error?.code == .unsupportedSpreadsheet)
    #expect(error?.message.contains(".ods") == true)
  }

  @Test("a workbook is recognised by content, whatever its name")
  func sniffing() throws {
    let book = try XLSXFixture.workbook(rows: Self.oneCell)
    #expect(XLSXReader.looksLikeWorkbook(book))
    #expect(XLSXReader.looksLikeOtherSpreadsheet(book) == nil)
    #expect(!XLSXReader.looksLikeWorkbook(Data("a,b\n1,2\n".utf8)))
    #expect(XLSXReader.looksLikeOtherSpreadsheet(Data("a,b\n1,2\n".utf8)) == nil)
    #expect(!XLSXReader.looksLikeWorkbook(Data()))
  }

  @Test("a ZIP that is no workbook, and bytes that are no ZIP, are not workbooks")
  func notAWorkbook() throws {
    let document = try XLSXFixture.package([("word/document.xml", "<w:document/>")])
    let zipped = #expect(throws: ParseError.self) {
      try XLSXReader.read(document, file: "letter.xlsx")
    }
    #expect(zipped?.code == .notAWorkbook)
    #expect(zipped?.message.contains("xl/workbook.xml") == true)
    let text = #expect(throws: ParseError.self) {
      try XLSXReader.read(Data("customer,amount\n".utf8), file: "renamed.xlsx")
    }
    #expect(text?.code == .notAWorkbook)
    let empty = #expect(throws: ParseError.self) { try XLSXReader.read(Data(), file: "e.xlsx") }
    #expect(empty?.code == .emptyDocument)
  }

  @Test("a truncated or corrupted workbook is refused as damaged")
  func damaged() throws {
    let rows = (1...200).map {
      "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0 * 7919 % 1000)</v></c></row>"
    }
    let book = try XLSXFixture.workbook(rows: rows.joined())
    let cut = #expect(throws: ParseError.self) {
      try XLSXReader.read(book.prefix(book.count / 2), file: "cut.xlsx")
    }
    #expect(cut?.code == .damagedWorkbook)
    #expect(!XLSXReader.looksLikeWorkbook(book.prefix(book.count / 2)))
    var flipped = book
    let sheet = try #require(range(of: "xl/worksheets/sheet1.xml", in: book))
    for offset in stride(from: sheet.upperBound + 40, to: sheet.upperBound + 80, by: 3) {
      flipped[offset] ^= 0x5A
    }
    let corrupt = #expect(throws: ParseError.self) {
      try XLSXReader.read(flipped, file: "corrupt.xlsx")
    }
    #expect(corrupt?.code == .damagedWorkbook)
    #expect(corrupt?.element == "xl/worksheets/sheet1.xml")
  }

  @Test("a shared string index past the table names the cell")
  func danglingSharedString() throws {
    let rows = "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>9</v></c></row>"
    let book = try XLSXFixture.workbook(rows: rows, sharedStrings: ["only"])
    let error = #expect(throws: ParseError.self) { try XLSXReader.read(book, file: "s.xlsx") }
    #expect(error?.code == .damagedWorkbook)
    #expect(error?.element == "Sheet1!C4")
    #expect(error?.line == 4)
  }

  @Test("a ZIP bomb whose sheet lies about its size is stopped while unpacking")
  func lyingBomb() throws {
    let filler = String(repeating: "<row/>", count: 400_000)  // 2.4 MB, deflates to a few KB
    let honest = try XLSXFixture.workbook(rows: filler)
    let bomb = try declaring(size: 1000, for: "xl/worksheets/sheet1.xml", in: honest)
    let limits = XLSXLimits(totalBytes: 4 << 20, partBytes: 1 << 20, entries: 100, cells: 1000)
    let error = #expect(throws: ParseError.self) {
      try XLSXReader.read(bomb, file: "bomb.xlsx", sheet: nil, limits: limits)
    }
    #expect(error?.code == .workbookTooLarge)
    #expect(error?.message.contains("unpacks to more than it declares") == true)
  }

  @Test("a part declaring more than the limit is refused before it is unpacked")
  func declaredTooLarge() throws {
    let honest = try XLSXFixture.workbook(rows: Self.oneCell)
    let huge = try declaring(size: 0xF000_0000, for: "xl/worksheets/sheet1.xml", in: honest)
    let error = #expect(throws: ParseError.self) { try XLSXReader.read(huge, file: "huge.xlsx") }
    #expect(error?.code == .workbookTooLarge)
    #expect(error?.message.contains("declares 4026531840 bytes") == true)
  }

  @Test("a value far to the right cannot blow every row up past the cell limit")
  func tooManyCells() throws {
    let rows =
      (1...50).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
      + "<row r=\"51\"><c r=\"XFD51\"><v>1</v></c></row>"
    let limits = XLSXLimits(totalBytes: 1 << 20, partBytes: 1 << 20, entries: 100, cells: 100_000)
    let error = #expect(throws: ParseError.self) {
      try XLSXReader.read(
        XLSXFixture.workbook(rows: rows), file: "wide.xlsx", sheet: nil, limits: limits)
    }
    #expect(error?.code == .workbookTooLarge)
    #expect(error?.message.contains("column XFD") == true)
  }

  @Test("a sheet with a DOCTYPE is refused before its entities are read")
  func doctype() throws {
    let sheet = """
      <?xml version="1.0"?>
      <!DOCTYPE worksheet [<!ENTITY boom "boom">]>
      <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&boom;</t></is></c></row>\
      </sheetData></worksheet>
      """
    let book = try XLSXFixture.workbook(rows: Self.oneCell)
    var parts = try unzip(book)
    parts["xl/worksheets/sheet1.xml"] = Data(sheet.utf8)
    let hostile = try XLSXFixture.zip(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    let error = #expect(throws: ParseError.self) {
      try XLSXReader.read(hostile, file: "doctype.xlsx")
    }
    #expect(error?.code == .documentTypeRefused)
    #expect(error?.element == "xl/worksheets/sheet1.xml")
    #expect(error?.line == 2)
  }

  @Test("malformed sheet XML names the part and line")
  func malformed() throws {
    let book = try XLSXFixture.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
    let error = #expect(throws: ParseError.self) { try XLSXReader.read(book, file: "bad.xlsx") }
    #expect(error?.code == .malformedXML)
    #expect(error?.element == "xl/worksheets/sheet1.xml")
  }
}
