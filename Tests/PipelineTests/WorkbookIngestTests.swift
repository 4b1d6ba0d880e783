import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Testing

/// Excel workbooks dropped in the inbox go through the same mappings and normaliser as CSV.
struct WorkbookIngestTests {
  static let header =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount,currency,payment_reference"

  /// The items (and their customers) a file books, written out for comparison.
  private func booked(_ name: String, _ bytes: Data) throws -> [String] {
    let space = try TestWorkspace()
    try bytes.write(to: space.workspace.inbox.appendingPathComponent(name))
    let report = try space.run(on: "2026-11-20")
    #expect(report.files.map(\.result) == [.processed], "\(report.files.map(\.summary))")
    let ledger = try space.ledger()
    let customers = try ledger.customers()
    return try ledger.openItems().map {
      [
        $0.number, $0.kind.rawValue, $0.customerID, customers[$0.customerID]?.name ?? "",
        $0.issueDate.iso8601, $0.dueDate.iso8601, $0.amount.decimalString,
        $0.openAmount.decimalString, $0.currency.code, $0.paymentReferenceText ?? "",
      ].joined(separator: "|")
    }
  }

  @Test(
    "a workbook LibreOffice made from a CSV books record for record what the CSV books",
    .enabled(if: XLSXLibreOffice.path != nil, "soffice (libreoffice-calc-nogui) is not installed"))
  func libreOfficeWorkbook() throws {
    let csv = """
      \(Self.header)
      2026-0101,"00123","Acme, Inc.",2026-09-01,2026-10-01,1234.50,1234.50,EUR,
      2026-0102,"00123","Acme, Inc.",2026-09-15,2026-10-15,99.99,45.10,EUR,RF18539007547034
      CN-7,C-9,Müller GmbH,2026-10-02,2026-10-02,-12.00,-12.00,EUR,
      2026-0103,C-9,Müller GmbH,2026-10-03,2026-11-02,99999999.99,99999999.99,EUR,

      """
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("open-items.csv")
    try Data(csv.utf8).write(to: file)
    let workbook = try XLSXLibreOffice.convert(file, in: folder)
    let fromCSV = try booked("open-items.csv", Data(csv.utf8))
    #expect(fromCSV.count == 4)
    let fromWorkbook = try booked("open-items.xlsx", workbook)
    #expect(fromWorkbook == fromCSV, "\(fromWorkbook) vs \(fromCSV)")
  }

  @Test("a Dutch list saved as a workbook is read by the Dutch mapping with exact amounts")
  func dutchWorkbook() throws {
    // Titles merged above the header, numbers stored as Excel doubles (one of them
    // 0.30000000000000004), dates as serial numbers, an empty trailing column.
    let rows = """
      <row r="1"><c r="A1" t="inlineStr"><is><t>Openstaande posten per 20-11-2026</t></is></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>Factuurnr.</t></is></c><c r="B3" t="inlineStr"><is><t>Deb.nr.</t></is></c><c r="C3" t="inlineStr"><is><t>Naam</t></is></c><c r="D3" t="inlineStr"><is><t>Factuurdatum</t></is></c><c r="E3" t="inlineStr"><is><t>Vervaldatum</t></is></c><c r="F3" t="inlineStr"><is><t>Bedrag</t></is></c><c r="G3" t="inlineStr"><is><t>Saldo</t></is></c><c r="H3" t="inlineStr"><is><t></t></is></c></row>
      <row r="4"><c r="A4" t="inlineStr"><is><t>F-1</t></is></c><c r="B4" s="6" t="inlineStr"><is><t>00042</t></is></c><c r="C4" t="inlineStr"><is><t>Bakkerij Jansen</t></is></c><c r="D4" s="1"><v>46266</v></c><c r="E4" s="1"><v>46296</v></c><c r="F4" s="5"><v>1234.5</v></c><c r="G4" s="5"><v>0.30000000000000004</v></c></row>
      """
    let workbook = try XLSXFixture.workbook([
      XLSXFixture.Sheet(
        name: "Debiteuren", rows: rows,
        after: "<mergeCells count=\"1\"><mergeCell ref=\"A1:G1\"/></mergeCells>")
    ])
    let items = try booked("debiteuren.xlsx", workbook)
    #expect(items == ["F-1|invoice|00042|Bakkerij Jansen|2026-09-01|2026-10-01|1234.50|0.30|EUR|"])
  }

  @Test("a workbook amount that is no whole number of cents is rejected naming its cell")
  func wrongCents() throws {
    let rows = """
      <row r="1"><c r="A1" t="inlineStr"><is><t>invoice_number</t></is></c><c r="B1" t="inlineStr"><is><t>customer_id</t></is></c><c r="C1" t="inlineStr"><is><t>amount</t></is></c><c r="D1" t="inlineStr"><is><t>due_date</t></is></c><c r="E1" t="inlineStr"><is><t>invoice_date</t></is></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="inlineStr"><is><t>C1</t></is></c><c r="C2"><v>10.5</v></c><c r="D2" s="1"><v>46296</v></c><c r="E2" s="1"><v>46266</v></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>A-2</t></is></c><c r="B3" t="inlineStr"><is><t>C1</t></is></c><c r="C3"><v>10.504</v></c><c r="D3" s="1"><v>46296</v></c><c r="E3" s="1"><v>46266</v></c></row>
      """
    let space = try TestWorkspace()
    try XLSXFixture.workbook(rows: rows).write(
      to: space.workspace.inbox.appendingPathComponent("items.xlsx"))
    let outcome = try #require(try space.run(on: "2026-11-20").files.first)
    #expect(outcome.result == .partiallyProcessed)
    let items = try space.ledger().openItems().map { "\($0.number) \($0.amount)" }
    #expect(items == ["A-1 10.50 EUR"])
    let report = try space.text(of: "inbox/failed/items.xlsx.error.txt")
    #expect(report.contains("Sheet1!C3 holds 10.504"), "\(report)")
  }

  @Test("an old .xls and an .ods are refused, saying to save as .xlsx or CSV")
  func otherSpreadsheets() throws {
    let space = try TestWorkspace()
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
      .write(to: space.workspace.inbox.appendingPathComponent("old.xls"))
    try XLSXFixture.zip([
      ("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
      ("content.xml", Data("<office:document-content/>".utf8)),
    ]).write(to: space.workspace.inbox.appendingPathComponent("sheet.ods"))
    let outcomes = try space.run(on: "2026-11-20").files
    #expect(outcomes.map(\.result) == [.failed, .failed])
    for name in ["old.xls", "sheet.ods"] {
      #expect(
        try space.text(of: "inbox/failed/\(name).error.txt").contains("save it as .xlsx or CSV"))
    }
  }
}
