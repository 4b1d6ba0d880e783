import ArflowTesting
import Foundation
import Parsers
import Testing

/// Workbooks written by LibreOffice from CSV files must read as the CSV files do: same rows, same
/// text, numbers equal as decimals (LibreOffice stores `1234.50` as the number 1234.5).
@Suite(
  .serialized,
  .enabled(
    if: XLSXLibreOffice.path != nil,
    "soffice not found: LibreOffice (Debian libreoffice-calc-nogui) is not installed"))
struct XLSXLibreOfficeTests {
  static let openItems = """
    Customer,Name,Invoice,Invoice date,Due date,Amount,Currency
    "00123","Müller & Söhne GmbH",INV-2024-001,2024-01-15,2024-02-14,1234.56,EUR
    "00124","Smith, Jones and Partners",INV-2024-002,2024-02-29,2024-03-30,1234.50,EUR
    "04711",Acme Ltd,CN-2024-003,2024-03-01,2024-03-01,-12.00,GBP
    "00125",Big Buyer Inc,INV-2024-004,2023-12-31,2024-01-30,99999999.99,USD
    "00126",Small Shop,INV-2024-005,2024-12-31,2025-01-30,0.10,EUR

    """

  static let payments = """
    Booking date,Bank reference,Payer,Amount,Note
    2024-03-01,"1234567890123456","00123",1000000.00,
    2024-03-02,987654321012345,"00124",0.3,partly paid
    2024-03-04,"1111111111111111","04711",-0.01,

    """

  @Test("an open-items list converted by LibreOffice reads like the CSV it came from")
  func openItemsList() throws {
    try compare(Self.openItems, name: "open-items")
  }

  @Test("a payments list with a mostly empty last column reads like the CSV")
  func paymentsList() throws {
    try compare(Self.payments, name: "payments")
  }

  @Test("LibreOffice keeps 15 significant digits of an unquoted 16-digit number, as Excel does")
  func sixteenDigits() throws {
    let csv = "Reference,Amount\n1234567890123456,1.5\n123456789012345,2\n"
    let table = try convertAndRead(csv, name: "references")
    // The workbook itself holds 1234567890123460: the digit is lost on import, not by the
    // reader, so 16-digit references must arrive as text (quoted, or formatted as text).
    #expect(
      table.rows.map(\.cells) == [
        ["Reference", "Amount"], ["1234567890123460", "1.5"], ["123456789012345", "2"],
      ])
  }

  private func convertAndRead(_ csv: String, name: String) throws -> CSVTable {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = folder.appendingPathComponent("\(name).csv")
    try Data(csv.utf8).write(to: source)
    let workbook = try XLSXLibreOffice.convert(source, in: folder)
    #expect(XLSXReader.looksLikeWorkbook(workbook))
    return try XLSXReader.read(workbook, file: "\(name).xlsx")
  }

  private func compare(_ csv: String, name: String) throws {
    let expected = try CSVReader.read(Data(csv.utf8), file: "\(name).csv")
    let table = try convertAndRead(csv, name: name)
    #expect(table.encoding == "xlsx")
    #expect(table.warnings.isEmpty)
    try #require(table.rows.count == expected.rows.count)
    for (read, written) in zip(table.rows, expected.rows) {
      #expect(read.line == written.line)
      let width = max(read.cells.count, written.cells.count)
      for column in 0..<width {
        let cell = column < read.cells.count ? read.cells[column] : ""
        let original = column < written.cells.count ? written.cells[column] : ""
        #expect(
          Self.same(cell, original),
          "\(CSVTable.cellName(column: column, row: read.line)): \(cell) ≠ \(original)")
      }
    }
  }

  /// Equal as text, or as decimals when both are plain decimal numbers.
  static func same(_ read: String, _ written: String) -> Bool {
    if read == written { return true }
    guard isDecimal(read), isDecimal(written), let left = Decimal(string: read),
      let right = Decimal(string: written)
    else { return false }
    return left == right
  }

  private static func isDecimal(_ text: String) -> Bool {
    text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil
  }
}
