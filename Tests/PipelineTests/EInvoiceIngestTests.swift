import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Testing

/// E-invoices through the real inbox: linked credits, direct debits, refused documents.
struct EInvoiceIngestTests {
  static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/Pipeline/Defaults/demo/inbox")

  private func run(_ space: TestWorkspace, on day: String) throws -> RunReport {
    try space.run(on: day)
  }

  private func dropDemo(_ name: String, into space: TestWorkspace) throws {
    try FileManager.default.copyItem(
      at: Self.demo.appendingPathComponent(name),
      to: space.workspace.inbox.appendingPathComponent(name))
  }

  @Test("a credit note that arrives before its invoice is linked when the invoice arrives")
  func creditBeforeInvoice() throws {
    let space = try TestWorkspace()
    try dropDemo("einvoice-creditnote-2026-0133.xml", into: space)
    let first = try run(space, on: "2026-10-05")
    #expect(first.files.map(\.result) == [.processed])
    #expect(first.files[0].notices.contains { $0.contains("refers to invoice 2026-0131") })
    try dropDemo("einvoice-2026-0131.xml", into: space)
    _ = try run(space, on: "2026-10-06")
    let ledger = try space.ledger()
    let credit = try #require(try ledger.item(number: "2026-0133"))
    #expect(credit.kind == .creditNote)
    #expect(credit.amount.decimalString == "-302.50")
    #expect(credit.precedingInvoice == "2026-0131")
    #expect(credit.dueDateBasis?.origin == .issueDate)
    let invoiceHistory = try ledger.history(ofItem: "2026-0131").map(\.detail)
    #expect(invoiceHistory.contains("2026-0133 refers to this invoice"))
    let creditHistory = try ledger.history(ofItem: "2026-0133").map(\.event.rawValue)
    #expect(creditHistory == ["imported", "unlinked", "linked", "netted"])
    // The run nets the credit note against the invoice it names: the reminder shows the rest.
    #expect(try ledger.item(number: "2026-0131")?.openAmount.decimalString == "1512.50")
    #expect(try ledger.item(number: "2026-0133")?.openAmount.decimalString == "0.00")
  }

  @Test("an invoice in an SBDH envelope paid by direct debit is not reminded before the margin")
  func directDebit() throws {
    let space = try TestWorkspace()
    try dropDemo("einvoice-2026-0132-sbdh.xml", into: space)
    let early = try run(space, on: "2026-12-07")
    #expect(early.files.map(\.result) == [.processed])
    let item = try #require(try space.ledger().item(number: "2026-0132"))
    #expect(item.dunnableFrom?.iso8601 == "2026-11-23")
    #expect(item.provenance["envelope sender"] == "0106:12345678")
    #expect(item.provenance["mandate (BT-89)"] == "MANDATE-C1007-01")
    #expect(item.customerID == "C1007")
    // BT-91, the account the direct debit takes the money from, is the buyer's own.
    let payers = try space.ledger().knownPayers()
    #expect(payers.map(\.iban) == ["DE02120300000000202051"])
    #expect(payers.map(\.customerID) == ["C1007"] && payers.map(\.source.rawValue) == ["e-invoice"])
    // 19 days overdue on 2026-12-07: level 1 (14 days) applies and the margin has passed.
    #expect(early.reminderFolder != nil)
    let held = try TestWorkspace()
    try dropDemo("einvoice-2026-0132-sbdh.xml", into: held)
    #expect(try run(held, on: "2026-11-22").reminderFolder == nil)
  }

  @Test("a reminder for an e-invoice quotes the reference the invoice asked for, as written")
  func reminderQuotesReference() throws {
    let space = try TestWorkspace()
    let text = try String(
      contentsOf: Self.demo.appendingPathComponent("einvoice-2026-0131.xml"), encoding: .utf8)
    try space.drop(
      "invoice.xml",
      text.replacingOccurrences(
        of: "<cbc:PaymentID>RF1320260131</cbc:PaymentID>",
        with: "<cbc:PaymentID>Order 7781</cbc:PaymentID>"))
    let report = try run(space, on: "2026-11-20")
    let folder = try #require(report.reminderFolder)
    let letters = space.files(in: folder).filter { $0.hasPrefix("001-") }
    let pdf = space.root.appendingPathComponent(folder).appendingPathComponent(
      try #require(letters.first))
    #expect(try ArflowBinary.pdfText(pdf).contains("Order 7781"))
  }

  @Test("a UBL Order is refused into failed/ with a report that names the document")
  func orderRefused() throws {
    let space = try TestWorkspace()
    try space.drop(
      "order.xml",
      """
      <?xml version="1.0"?>
      <Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
        xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        <cbc:ID>PO-1</cbc:ID>
      </Order>
      """)
    let report = try run(space, on: "2026-11-20")
    #expect(report.files.map(\.result) == [.failed])
    #expect(space.files(in: "inbox/failed") == ["order.xml", "order.xml.error.txt"])
    let text = try space.text(of: "inbox/failed/order.xml.error.txt")
    #expect(text.contains("Order"))
  }

  @Test("an e-invoice's buyer fills gaps in the customer record but never overwrites the master")
  func customerMasterWins() throws {
    let space = try TestWorkspace()
    try space.drop(
      "customers.csv",
      "customer_id,customer_name,email\nC1003,Atelier Lumière (master),master@example.com\n")
    _ = try run(space, on: "2026-09-20")
    try dropDemo("einvoice-2026-0131.xml", into: space)
    _ = try run(space, on: "2026-09-21")
    let customer = try #require(try space.ledger().customers()["C1003"])
    #expect(customer.name == "Atelier Lumière (master)")
    #expect(customer.email == "master@example.com")
    #expect(customer.address?.city == "Paris")
  }
}
