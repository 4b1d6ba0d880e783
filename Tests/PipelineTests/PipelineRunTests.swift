import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Reconciler
import Testing

struct PipelineRunTests {
  static let header =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount,currency,payment_reference"

  private func run(_ space: TestWorkspace, on day: String = "2026-11-20") throws -> RunReport {
    let report = try PipelineRun(
      workspace: space.workspace, ledger: try space.ledger(), logger: Logger(label: "test")
    )
    .run(asOf: Fixtures.date(day), settle: .zero)
    try space.ledger().checkInvariants()
    return report
  }

  @Test("a second run on the same inbox changes nothing")
  func secondRunChangesNothing() throws {
    let space = try TestWorkspace()
    try space.drop(
      "items.csv",
      "\(Self.header),street,postal_code,city\n"
        + "A-1,C1,Acme,2026-09-01,2026-10-01,100.00,100.00,EUR,,Kerkstraat 1,1011 AB,Amsterdam\n")
    let first = try run(space)
    #expect(first.files.map(\.result) == [.processed])
    #expect(first.reminderFolder != nil)
    let ledgerBefore = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    let outboxBefore = space.files(in: "outbox/reminders")
    let second = try run(space)
    #expect(second.files.isEmpty)
    #expect(second.reconciliation.allocations.isEmpty)
    #expect(second.reconciliationFiles.isEmpty)
    #expect(second.reminderFolder == nil)
    var ledgerAfter = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    ledgerAfter.lastRun = ledgerBefore.lastRun
    #expect(ledgerAfter == ledgerBefore)
    #expect(space.files(in: "outbox/reminders") == outboxBefore)
  }

  @Test("the same content under another name is archived as a duplicate, not booked twice")
  func duplicateUnderAnotherName() throws {
    let space = try TestWorkspace()
    let text = "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-12-01,100.00,100.00,EUR,\n"
    try space.drop("monday.csv", text)
    _ = try run(space)
    try space.drop("tuesday.csv", text)
    let report = try run(space)
    #expect(report.files.map(\.result) == [.duplicate])
    #expect(space.files(in: "inbox/processed/2026-11-20") == ["monday.csv", "tuesday.csv"])
    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    #expect(status.openItems == 1)
    #expect(status.filesDuplicate == 1)
  }

  @Test("two files with the same content in one run: one booked, the other a duplicate")
  func duplicateInOneGroup() throws {
    let space = try TestWorkspace()
    let text = "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-12-01,100.00,100.00,EUR,\n"
    try space.drop("monday.csv", text)
    try space.drop("tuesday.csv", text)
    try space.drop(
      "other.csv", "\(Self.header)\nB-1,C2,Bolt,2026-09-01,2026-12-01,50.00,50.00,EUR,\n")
    let report = try run(space)
    #expect(
      report.files.map(\.result).sorted { $0.rawValue < $1.rawValue } == [
        .duplicate, .processed, .processed,
      ])
    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    #expect(status.openItems == 2)
    #expect(status.filesDuplicate == 1)
    #expect(space.files(in: "inbox/.work").isEmpty)
  }

  @Test("a malformed row is reported with its line, and the good rows are booked")
  func malformedRow() throws {
    let space = try TestWorkspace()
    try space.drop(
      "items.csv",
      """
      \(Self.header)
      A-1,C1,Acme,2026-09-01,2026-12-01,100.00,100.00,EUR,
      A-2,C1,Acme,2026-09-31,2026-12-01,100.00,100.00,EUR,
      A-3,C1,Acme,2026-09-01,2026-12-01,50.00,50.00,EUR,

      """)
    let report = try run(space)
    #expect(report.files.map(\.result) == [.partiallyProcessed])
    #expect(try space.ledger().openItems().map(\.number) == ["A-1", "A-3"])
    let errors = try space.text(of: "inbox/failed/items.csv.error.txt")
    #expect(errors.contains("Line 3: the invoice date: '2026-09-31' is not a real date"))
    #expect(errors.contains("How to fix:"))
    #expect(
      try space.text(of: "inbox/failed/items.rejected.csv").contains("A-2,C1,Acme,2026-09-31"))
    #expect(space.files(in: "inbox/processed/2026-11-20") == ["items.csv"])
  }

  @Test("a malformed XML file is moved to failed/ with a report naming the line")
  func malformedXML() throws {
    let space = try TestWorkspace()
    try space.drop(
      "statement.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt>
          <Stmt><Id>1</Id>
        </BkToCstmrStmt>
      </Document>

      """)
    let report = try run(space)
    #expect(report.files.map(\.result) == [.failed])
    #expect(space.files(in: "inbox/failed") == ["statement.xml", "statement.xml.error.txt"])
    let errors = try space.text(of: "inbox/failed/statement.xml.error.txt")
    #expect(errors.contains("line 5"))
    #expect(errors.contains("Nothing from this file was booked"))
    #expect(space.files(in: "inbox").filter { $0.hasSuffix(".xml") }.isEmpty)
  }

  @Test("XML with an external entity or entity expansion is refused without reading the entity")
  func hostileXML() throws {
    let space = try TestWorkspace()
    let secret = space.root.appendingPathComponent("secret.txt")
    try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
    try space.drop(
      "xxe.xml",
      """
      <?xml version="1.0"?>
      <!DOCTYPE Document [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
      <Document><BkToCstmrStmt><Stmt><Id>&leak;</Id></Stmt></BkToCstmrStmt></Document>

      """)
    var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
    for level in 1...9 {
      laughs +=
        "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
    }
    laughs += "]>\n<Document>&lol9;</Document>\n"
    try space.drop("laughs.xml", laughs)
    let report = try run(space)
    #expect(report.files.map(\.result) == [.failed, .failed])
    for name in ["xxe.xml", "laughs.xml"] {
      let errors = try space.text(of: "inbox/failed/\(name).error.txt")
      #expect(errors.contains("line 2"))
      #expect(!errors.contains("TOP-SECRET-CONTENT"))
    }
  }
}
