import ArflowTesting
import Foundation
import Testing

/// `arflow inspect` on e-invoices: the same JSON lines as for CSV, plus how the due date was
/// found, and the element path of every problem.
struct InspectEInvoiceTests {
  static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/Pipeline/Defaults/demo/inbox")

  /// `shared/schemas` above the package, when it is there.
  static let schemas: URL? = SharedFolder.folder("schemas")

  private func lines(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test("a UBL credit note prints a creditNote line with negative amounts and its due-date basis")
  func creditNote() throws {
    let file = Self.demo.appendingPathComponent("einvoice-creditnote-2026-0133.xml")
    let result = try ArflowBinary.run(["inspect", file.path, "--json"])
    #expect(result.status == 0, "\(result.errors)")
    let objects = try lines(result.output)
    #expect(objects.compactMap { $0["kind"] as? String } == ["customer", "creditNote", "summary"])
    let item = objects[1]
    #expect(item["number"] as? String == "2026-0133")
    #expect(item["customerId"] as? String == "C1003")
    #expect(item["customerName"] as? String == "Atelier Lumière SARL")
    #expect(item["amount"] as? String == "-302.50")
    #expect(item["openAmount"] as? String == "-302.50")
    #expect(item["dueDateBasis"] as? String == "issueDate")
    #expect(item["precedingInvoice"] as? String == "2026-0131")
    #expect(item["typeCode"] as? String == "381")
    #expect(item["paymentReference"] as? String == "RF1320260131")
    #expect((item["source"] as? [String: Any])?["element"] as? String == "/CreditNote")
    #expect(objects[2]["mapping"] as? String == "einvoice")
  }

  @Test("a refused e-invoice names the element and line of the problem and exits 2")
  func refusalNamesElement() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "inspect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: Self.demo.appendingPathComponent("einvoice-2026-0131.xml"), encoding: .utf8)
    let file = folder.appendingPathComponent("bad.xml")
    try original.replacingOccurrences(
      of: "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
      with: "<cbc:InvoiceTypeCode>FT</cbc:InvoiceTypeCode>"
    ).write(to: file, atomically: true, encoding: .utf8)
    let result = try ArflowBinary.run(["inspect", file.path, "--json"])
    #expect(result.status == 2)
    let summary = try #require(try lines(result.output).last)
    let error = try #require(summary["error"] as? String)
    #expect(error.contains("'FT'"))
    #expect(error.contains("element /Invoice/InvoiceTypeCode (line 11)"))
  }

  @Test("--schemas adds XSD findings as warnings, never a rejection")
  func schemaWarnings() throws {
    guard SharedFolder.isPresent else {
      print("skipped: no shared folder above the package (../shared/corpus is absent)")
      return
    }
    let schemas = try #require(Self.schemas, "../shared is there but its schemas/ folder is not")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "inspect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: Self.demo.appendingPathComponent("einvoice-2026-0131.xml"), encoding: .utf8)
    let file = folder.appendingPathComponent("order-swapped.xml")
    // BuyerReference before DocumentCurrencyCode breaks the UBL element order.
    try original.replacingOccurrences(
      of:
        "  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n  <cbc:BuyerReference>PO-7781</cbc:BuyerReference>",
      with:
        "  <cbc:BuyerReference>PO-7781</cbc:BuyerReference>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
    ).write(to: file, atomically: true, encoding: .utf8)
    let valid = try ArflowBinary.run([
      "inspect", Self.demo.appendingPathComponent("einvoice-2026-0131.xml").path, "--json",
      "--schemas", schemas.path,
    ])
    #expect(try lines(valid.output).last?["warnings"] as? [String] == [])
    let result = try ArflowBinary.run(["inspect", file.path, "--json", "--schemas", schemas.path])
    #expect(result.status == 0, "\(result.errors)")
    let warnings = try #require(try lines(result.output).last?["warnings"] as? [String])
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("schema:") == true)
    #expect(warnings.first?.contains("DocumentCurrencyCode") == true)
  }
}
