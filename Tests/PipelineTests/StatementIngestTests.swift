import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Testing

/// Bank statements through the real inbox: overlapping exports, foreign accounts (statements
/// that do not add up: `UnprovenStatementIngestTests`).
struct StatementIngestTests {
  /// An MT940 statement of the creditor's account with the given days' bookings.
  static func mt940(_ id: String, opening: String, closing: String, lines: [String]) -> String {
    """
    :20:\(id)
    :25:NL91ABNA0417164300
    :28C:1/1
    :60F:C261118EUR\(opening)
    \(lines.joined(separator: "\n"))
    :62F:C261120EUR\(closing)
    -
    """
  }

  static let monday = [
    ":61:2611191119C1250,00NTRFNONREF//B261119A1",
    ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/NAME/Bakkerij De Gouden Korst/REMI/STRD/CUR/RF4720260101/EREF/E2E-1/",
  ]
  static let tuesday = [
    ":61:2611201120C300,00NTRFNONREF//B261120A7",
    ":86:/TRTP/SEPA OVERBOEKING/IBAN/DE89370400440532013000/NAME/Müller/REMI/USTD//Rechnung 2026-0102/",
  ]

  private func run(_ space: TestWorkspace, on day: String) throws -> RunReport {
    try space.run(on: day)
  }

  @Test("an overlapping export (Monday again, plus Tuesday) books only Tuesday's payment")
  func overlapping() throws {
    let space = try TestWorkspace()
    try space.drop(
      "monday.sta", Self.mt940("S1", opening: "0,00", closing: "1250,00", lines: Self.monday))
    #expect(try run(space, on: "2026-11-19").files.map(\.result) == [.processed])
    try space.drop(
      "monday-tuesday.sta",
      Self.mt940("S2", opening: "0,00", closing: "1550,00", lines: Self.monday + Self.tuesday))
    _ = try run(space, on: "2026-11-20")
    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-20"))
    #expect(status.payments == 2)
  }

  @Test("a statement for an account that is not in company.yaml is refused")
  func foreignAccount() throws {
    let space = try TestWorkspace()
    let text = Self.mt940("S1", opening: "0,00", closing: "1250,00", lines: Self.monday)
      .replacingOccurrences(of: ":25:NL91ABNA0417164300", with: ":25:DE89370400440532013000")
    try space.drop("other.sta", text)
    let report = try run(space, on: "2026-11-19")
    #expect(report.files.map(\.result) == [.failed])
    #expect(
      try space.text(of: "inbox/failed/other.sta.error.txt").contains("DE89370400440532013000"))
  }
}
