import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

/// Statements booked although their balances do not add up are stored with their file, in the
/// same transaction, and read back for `status` and the warning file.
struct LedgerUnprovenStatementTests {
  static func unproven(_ id: String, difference: String = "-50.00") -> UnprovenStatement {
    let closing = Fixtures.euros("1200.00")
    let booked = Money(
      minorUnits: 120_000 - Fixtures.euros(difference).minorUnits, currency: .eur)
    return UnprovenStatement(
      account: "NL91ABNA0417164300", statementID: id, statementDate: Fixtures.date("2026-11-20"),
      opening: Fixtures.euros("0.00"), booked: booked, closing: closing,
      detail: "the statement does not add up", source: SourceLocation(file: "x.sta", line: 1))
  }

  @Test("a file's unproven statements are stored with its payments and read back")
  func stored() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    var file = Fixtures.fileImport(
      "wrong.sta", payments: [Fixtures.payment("P1", amount: "1250.00")], customers: [],
      on: "2026-11-21")
    file.unprovenStatements = [Self.unproven("S1"), Self.unproven("S2", difference: "0.05")]
    try ledger.commit(file)
    let stored = try ledger.unprovenStatements()
    #expect(stored.map(\.statement.statementID) == ["S1", "S2"])
    #expect(stored.map(\.statement.difference.description) == ["-50.00 EUR", "0.05 EUR"])
    #expect(stored.allSatisfy { $0.fileName == "wrong.sta" })
    #expect(stored.first?.processedOn == Fixtures.date("2026-11-21"))
    #expect(stored.first?.statement == Self.unproven("S1").withSource(file: "wrong.sta"))
    #expect(try ledger.unprovenStatements(ofFile: file.sha256).count == 2)
    #expect(try ledger.unprovenStatements(ofFile: String(repeating: "0", count: 64)).isEmpty)
    let status = try ledger.status(asOf: Fixtures.date("2026-11-21"))
    #expect(status.unprovenStatements == stored)
    #expect(status.payments == 1)
  }

  @Test("a duplicate file stores nothing, and a file that fails to commit leaves no mark")
  func allOrNothing() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    var file = Fixtures.fileImport("wrong.sta", payments: [], customers: [])
    file.unprovenStatements = [Self.unproven("S1")]
    try ledger.commit(file)
    #expect(throws: LedgerError.self) { try ledger.commit(file) }
    let results = try ledger.commit([file])
    #expect(results.count == 1)
    #expect(try ledger.unprovenStatements().count == 1)
  }
}

extension UnprovenStatement {
  /// The statement as the ledger gives it back: located in the file it was stored with.
  fileprivate func withSource(file: String) -> UnprovenStatement {
    var copy = self
    copy.source = SourceLocation(file: file, line: source.line, element: source.element)
    return copy
  }
}
