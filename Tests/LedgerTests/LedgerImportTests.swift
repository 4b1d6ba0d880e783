import ArflowTesting
import Foundation
import Ledger
import Receivables
import Testing

struct LedgerImportTests {
  @Test("stores a file's items, customers and payments in one commit")
  func commitsFile() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    let summary = try ledger.commit(
      Fixtures.fileImport(
        "items.csv", items: [Fixtures.invoice("INV-1"), Fixtures.invoice("INV-2", amount: "50.00")])
    )
    #expect(summary.itemsAdded == 2)
    #expect(summary.customersAdded == 1)
    #expect(try ledger.openItems().map(\.number) == ["INV-1", "INV-2"])
    let status = try ledger.status(asOf: Fixtures.date("2026-10-15"))
    #expect(status.openItems == 2)
    #expect(status.openAmount[.eur] == Fixtures.euros("150.00"))
    #expect(status.overdueAmount[.eur] == Fixtures.euros("150.00"))
    #expect(status.filesProcessed == 1)
    try ledger.checkInvariants()
  }

  @Test("refuses the same file content twice and changes nothing")
  func duplicateFile() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    let file = Fixtures.fileImport("items.csv", items: [Fixtures.invoice("INV-1")])
    try ledger.commit(file)
    #expect(try ledger.isProcessed(sha256: file.sha256))
    var renamed = file
    renamed.name = "other-name.csv"
    #expect(throws: LedgerError.self) { try ledger.commit(renamed) }
    #expect(try ledger.openItems().count == 1)
    #expect(try ledger.status(asOf: Fixtures.date("2026-11-01")).filesProcessed == 1)
  }

  @Test("a later file listing less open settles the difference outside arflow, with history")
  func settledOutside() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport("day1.csv", items: [Fixtures.invoice("INV-1", amount: "100.00")]))
    try ledger.commit(
      Fixtures.fileImport(
        "day2.csv", items: [Fixtures.invoice("INV-1", amount: "100.00", open: "40.00")]))
    let item = try #require(try ledger.item(number: "INV-1"))
    #expect(item.openAmount == Fixtures.euros("40.00"))
    let history = try ledger.history(ofItem: "INV-1").map(\.event.rawValue)
    #expect(history == ["imported", "settledOutside"])
    try ledger.checkInvariants()
  }

  @Test("a payment already known by its bank identity is not booked again")
  func knownPayment() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(
      Fixtures.fileImport("a.xml", payments: [Fixtures.payment("acct:1", amount: "10.00")]))
    let summary = try ledger.commit(
      Fixtures.fileImport("b.xml", payments: [Fixtures.payment("acct:1", amount: "10.00")]))
    #expect(summary.paymentsAlreadyKnown == 1)
    #expect(try ledger.unallocatedPayments().count == 1)
  }

  @Test("the item history cannot be rewritten")
  func historyIsAppendOnly() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(Fixtures.fileImport("items.csv", items: [Fixtures.invoice("INV-1")]))
    let raw = try DatabaseProbe(path: space.ledgerPath)
    #expect(throws: (any Error).self) { try raw.execute("UPDATE item_history SET detail = 'x'") }
    #expect(throws: (any Error).self) { try raw.execute("DELETE FROM item_history") }
  }
}
