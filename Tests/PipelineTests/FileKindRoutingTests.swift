import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Receivables
import Testing

/// What a file is comes from its content, never its name: each file is dropped into a real inbox
/// under a misleading or missing extension and must be read as what it holds.
struct FileKindRoutingTests {
  /// One file to drop and what the run must make of it.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let kind: FileKind
    let readAs: String
    let records: Int
    var testDescription: String { "\(name): \(readAs)" }
  }

  static let mt940 = StatementIngestTests.mt940(
    "S1", opening: "0,00", closing: "1250,00", lines: StatementIngestTests.monday)
  static let envelope =
    "{1:F01ABNANL2AXXXX0000000000}{2:O940ABNANL2AXXXXN}{3:}{4:\n\(mt940)}{5:}\n"
  static let mt942 = """
    :20:INTRADAY
    :25:NL91ABNA0417164300
    :28C:1
    :34F:EURD0,
    :13D:2611191200+0100
    :61:2611191119C75,00NTRFNONREF//B261119X1
    :86:/NAME/Acme/REMI/USTD//invoice 2026-0101/
    :90C:1EUR75,00
    -
    """
  static let camt =
    (try? String(contentsOf: LargeStatementTests.demoStatement, encoding: .utf8))
    ?? ""
  static let items =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,currency\n"
    + "R-1,C1,Acme,2026-09-01,2026-12-31,100.00,EUR\nR-2,C1,Acme,2026-09-02,2026-12-31,50.00,EUR\n"

  static let cases: [Case] = [
    Case(name: "statement.txt", text: mt940, kind: .bankStatement, readAs: "MT940", records: 1),
    Case(
      name: "statement.sta", text: envelope.replacingOccurrences(of: "\n", with: "\r\n"),
      kind: .bankStatement, readAs: "MT940", records: 1),
    Case(
      name: "STATEMENT", text: "\n\n\r\n" + mt940, kind: .bankStatement, readAs: "MT940",
      records: 1),
    Case(
      name: "bank-export.csv", text: "-\n" + mt940, kind: .bankStatement, readAs: "MT940",
      records: 1),
    Case(
      name: "many-blank-lines.940", text: String(repeating: "\n", count: 100) + mt940,
      kind: .bankStatement, readAs: "MT940", records: 1),
    Case(name: "intraday.txt", text: mt942, kind: .bankStatement, readAs: "MT942", records: 0),
    Case(
      name: "statement.dat", text: camt, kind: .bankStatement, readAs: "camt.053", records: 10),
    Case(name: "camt-statement", text: camt, kind: .bankStatement, readAs: "camt.053", records: 10),
    Case(name: "open-items.txt", text: items, kind: .openItems, readAs: "generic", records: 2),
    Case(name: "open-items.dat", text: items, kind: .openItems, readAs: "generic", records: 2),
    Case(name: "open-items", text: items, kind: .openItems, readAs: "generic", records: 2),
  ]

  @Test("each file is read as what it holds, whatever its name", arguments: cases)
  func routed(_ routed: Case) throws {
    try #require(!Self.camt.isEmpty, "the demo camt statement is missing")
    let space = try TestWorkspace()
    try space.drop(routed.name, routed.text)
    let report = try space.run(on: "2026-11-20")
    let file = try #require(report.files.first)
    #expect(file.result == .processed, "\(file.summary)")
    #expect(file.kind == routed.kind)
    #expect(file.records == routed.records)
    #expect(file.summary.contains("(read as \(routed.readAs)"), "\(file.summary)")
    #expect(space.files(in: "inbox/processed/2026-11-20") == [routed.name])
  }

  @Test("a file of no kind arflow reads is refused, the message listing every kind it reads")
  func unknown() throws {
    let space = try TestWorkspace()
    let url = space.workspace.inbox.appendingPathComponent("statement.sta")
    try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: url)
    let report = try space.run(on: "2026-11-20")
    #expect(report.files.map(\.result) == [.failed])
    let text = try space.text(of: "inbox/failed/statement.sta.error.txt")
    for kind in ["MT940/MT942", "camt.052/053/054", "CODA", "BAI2", "CSV", ".xlsx", "UBL"] {
      #expect(text.contains(kind), "\(kind)")
    }
  }
}
