import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Testing

/// A statement whose balances do not add up, through the real inbox: its payments are booked,
/// the statement is marked unproven, and the warning file, the run summary and `status` say what
/// was off; `statements: balanceMismatch: refuse` refuses it instead.
struct UnprovenStatementIngestTests {
  /// Opening 0.00 + 1250.00 booked = 1250.00, but the closing balance says 1200.00.
  static let wrong = StatementIngestTests.mt940(
    "S1", opening: "0,00", closing: "1200,00", lines: StatementIngestTests.monday)

  static func refusing(_ space: TestWorkspace) throws {
    let url = space.workspace.reconciliationPolicyFile
    let text = try String(contentsOf: url, encoding: .utf8)
    try #require(text.contains("balanceMismatch: book"))
    try text.replacingOccurrences(of: "balanceMismatch: book", with: "balanceMismatch: refuse")
      .write(to: url, atomically: true, encoding: .utf8)
  }

  @Test("a statement that does not add up is booked, marked unproven, with NAME.warning.txt")
  func booked() throws {
    let space = try TestWorkspace()
    try space.drop("wrong.sta", Self.wrong)
    let report = try space.run(on: "2026-11-19")
    let file = try #require(report.files.first)
    #expect(file.result == .processed)
    #expect(file.records == 1)
    #expect(file.unprovenStatements.map(\.difference.description) == ["-50.00 EUR"])
    #expect(file.warningReport == "inbox/processed/2026-11-19/wrong.sta.warning.txt")
    #expect(file.summary.contains("1 statement does not add up, see inbox/processed/"))
    #expect(file.notices.contains { $0.contains("(difference -50.00)") })
    #expect(
      space.files(in: "inbox/processed/2026-11-19") == ["wrong.sta", "wrong.sta.warning.txt"])
    #expect(space.files(in: "inbox/failed").isEmpty)

    let warning = try space.text(of: "inbox/processed/2026-11-19/wrong.sta.warning.txt")
    #expect(warning.hasPrefix("arflow booked the payments of wrong.sta (2026-11-19), but one "))
    #expect(warning.contains("Statement S1 of account NL91ABNA0417164300, dated 2026-11-20"))
    #expect(warning.contains("opening balance      0.00 EUR"))
    #expect(warning.contains("+ booked entries     1250.00 EUR"))
    #expect(warning.contains("but the closing balance is 1200.00 EUR"))
    #expect(warning.contains("difference           -50.00 EUR"))
    #expect(warning.contains("ask the bank for a corrected statement"))

    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-19"))
    #expect(status.payments == 1)
    let stored = try #require(status.unprovenStatements.first)
    #expect(status.unprovenStatements.count == 1)
    #expect(stored.fileName == "wrong.sta")
    #expect(stored.processedOn == Fixtures.date("2026-11-19"))
    #expect(stored.statement.statementID == "S1")
    #expect(stored.statement.statementDate == Fixtures.date("2026-11-20"))
    #expect(stored.statement.opening.decimalString == "0.00")
    #expect(stored.statement.booked.decimalString == "1250.00")
    #expect(stored.statement.closing.decimalString == "1200.00")
    #expect(stored.statement.source.line == 1)
  }

  @Test("the run summary and arflow status (text and JSON) show it with the difference")
  func shown() throws {
    let space = try TestWorkspace()
    try space.drop("wrong.sta", Self.wrong)
    let report = try space.run(on: "2026-11-19")
    let line = "NL91ABNA0417164300, statement S1 of 2026-11-20: difference -50.00 EUR (wrong.sta)"
    let text = RunReportText(report: report).text
    #expect(text.contains("  unproven statements: 1 booked although their balances do not add up"))
    #expect(text.contains("    \(line)\n"))
    #expect(report.summary.contains("1 statement booked unproven"))

    let pipeline = PipelineRun(
      workspace: space.workspace, ledger: try space.ledger(), logger: Logger(label: "test"))
    let status = try StatusText(of: pipeline, asOf: Fixtures.date("2026-11-19"))
    #expect(status.text.contains("Unproven statements:   1 booked although their balances"))
    #expect(status.text.contains("\n  \(line)\n"))
    let json = try status.json()
    #expect(
      json.contains(
        #""unprovenStatements":{"count":1,"statements":[{"account":"NL91ABNA0417164300","#
          + #""currency":"EUR","date":"2026-11-20","difference":"-50.00","file":"wrong.sta","#
          + #""processedOn":"2026-11-19","statementId":"S1"}]}"#), "\(json)")
    #expect(json.contains(#""payments":1,"#))
  }

  @Test("a statement that adds up is not listed; status says nothing about unproven statements")
  func proven() throws {
    let space = try TestWorkspace()
    try space.drop(
      "right.sta",
      StatementIngestTests.mt940(
        "S1", opening: "0,00", closing: "1250,00", lines: StatementIngestTests.monday))
    let report = try space.run(on: "2026-11-19")
    #expect(report.files.first?.unprovenStatements.isEmpty == true)
    #expect(space.files(in: "inbox/processed/2026-11-19") == ["right.sta"])
    #expect(!RunReportText(report: report).text.contains("unproven"))
    let pipeline = PipelineRun(
      workspace: space.workspace, ledger: try space.ledger(), logger: Logger(label: "test"))
    let status = try StatusText(of: pipeline, asOf: Fixtures.date("2026-11-19"))
    #expect(!status.text.contains("Unproven"))
    #expect(try status.json().contains(#""unprovenStatements":{"count":0,"statements":[]}"#))
  }

  @Test("with statements: balanceMismatch: refuse, the file goes to failed/ naming the difference")
  func refused() throws {
    let space = try TestWorkspace()
    try Self.refusing(space)
    try space.drop("wrong.sta", Self.wrong)
    let report = try space.run(on: "2026-11-19")
    #expect(report.files.map(\.result) == [.failed])
    let text = try space.text(of: "inbox/failed/wrong.sta.error.txt")
    #expect(text.contains("difference -50.00"))
    #expect(text.contains("balanceMismatch: refuse"))
    let status = try space.ledger().status(asOf: Fixtures.date("2026-11-19"))
    #expect(status.payments == 0)
    #expect(status.unprovenStatements.isEmpty)
  }

  @Test("a balanceMismatch that is not a choice stops the run, naming the setting")
  func wrongChoice() throws {
    let space = try TestWorkspace()
    let url = space.workspace.reconciliationPolicyFile
    try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "balanceMismatch: book", with: "balanceMismatch: warn")
      .write(to: url, atomically: true, encoding: .utf8)
    try space.drop("wrong.sta", Self.wrong)
    #expect {
      try space.run(on: "2026-11-19")
    } throws: { error in
      "\(error)".contains("statements: balanceMismatch: warn is not a choice")
    }
    #expect(space.files(in: "inbox").contains("wrong.sta"))
  }
}
