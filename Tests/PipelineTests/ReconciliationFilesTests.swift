import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Reconciler
import Testing

/// The reconciliation files: written once per booked reconciliation, and written late when a
/// process stopped between booking and writing.
struct ReconciliationFilesTests {
  @Test("a reconciliation booked but not written (a crash) is written by the next pass, once")
  func pendingAfterCrash() throws {
    let space = try TestWorkspace()
    let ledger = try space.ledger()
    try ledger.commit(Fixtures.fileImport("items.csv", items: [Fixtures.invoice("2026-0001")]))
    try ledger.commit(
      Fixtures.fileImport(
        "bank.xml", payments: [Fixtures.payment("p1", amount: "100.00", reference: "RF3120260001")],
        customers: []))
    // Booked, then the process stops before the files are written.
    let outcome = try Reconciliation(ledger: ledger).run(on: Fixtures.date("2026-11-20"), run: nil)
    #expect(outcome.reconciliationIDs.count == 1)
    #expect(space.files(in: "outbox/reconciliation").isEmpty)

    let pipeline = PipelineRun(
      workspace: space.workspace, ledger: ledger, logger: Logger(label: "test"))
    let (again, files) = try pipeline.reconcile(
      asOf: Fixtures.date("2026-11-20"), policy: ReconciliationPolicy())
    #expect(again.allocations.isEmpty)
    // Every payment is matched: the unmatched file would have no rows, so it is not written.
    #expect(files == ["outbox/reconciliation/2026-11-20-001-matched.csv"])
    let matched = try String(
      contentsOf: space.root.appendingPathComponent(files[0]), encoding: .utf8)
    #expect(
      matched.hasPrefix(
        "bank_reference,booking_date,payer_name,payer_iban,invoice_number,amount,currency,rule,confidence,customer_id,credit_note_number,explanation,payment_id\r\n"
      ))
    #expect(
      matched.contains("p1,2026-11-01,Payer,,2026-0001,100.00,EUR,structured-reference,100,C1,"))
    #expect(try pipeline.writeReconciliationFiles().isEmpty)
  }
}
