import ArflowTesting
import Foundation
import Ledger
import Logging
import Pipeline
import Receivables
import Testing

struct SnapshotImportTests {
  private func run(_ space: TestWorkspace, on day: String) throws -> RunReport {
    try space.run(on: day)
  }

  static let header = "Debiteur;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand"

  @Test("a full open-items list closes the items it no longer lists, with a history line")
  func fullSnapshotClosesMissingItems() throws {
    let space = try TestWorkspace()
    let others = (3...6).map { "100;Acme;F-\($0);02-10-2026;01-11-2026;10,00;10,00\n" }.joined()
    try space.drop(
      "exact-2026-11-01.csv",
      "\(Self.header)\n100;Acme;F-1;01-10-2026;31-10-2026;100,00;100,00\n100;Acme;F-2;02-10-2026;01-11-2026;50,00;50,00\n"
        + others)
    _ = try run(space, on: "2026-11-01")
    try space.drop(
      "exact-2026-11-02.csv",
      "\(Self.header)\n100;Acme;F-2;02-10-2026;01-11-2026;50,00;20,00\n" + others)
    let report = try run(space, on: "2026-11-02")
    #expect(
      report.files.first?.notices.contains(
        "closed 1 items no longer listed in exact-2026-11-02.csv")
        == true)
    let ledger = try space.ledger()
    #expect(try ledger.openItems().map(\.number) == ["F-2", "F-3", "F-4", "F-5", "F-6"])
    #expect(try ledger.item(number: "F-2")?.openAmount.decimalString == "20.00")
    let history = try ledger.history(ofItem: "F-1")
    #expect(history.map(\.event.rawValue) == ["imported", "closedBySnapshot"])
    #expect(history.last?.detail.contains("exact-2026-11-02.csv is a full list") == true)
  }

  @Test(
    "a snapshot that would close most open items, or lists none, closes nothing until confirmed")
  func snapshotGuard() throws {
    let space = try TestWorkspace()
    let rows = (1...10).map { "100;Acme;F-\($0);01-10-2026;31-10-2026;10,00;10,00\n" }.joined()
    try space.drop("exact-2026-11-01.csv", "\(Self.header)\n" + rows)
    _ = try run(space, on: "2026-11-01")
    try space.drop("exact-2026-11-02.csv", "\(Self.header)\n")
    try space.drop(
      "exact-2026-11-03.csv", "\(Self.header)\n100;Acme;F-1;01-10-2026;31-10-2026;10,00;10,00\n")
    let report = try run(space, on: "2026-11-03")
    #expect(report.files.map(\.result) == [.failed, .failed])
    #expect(try space.ledger().openItems().count == 10)
    let headerOnly = try space.text(of: "inbox/failed/exact-2026-11-02.csv.error.txt")
    #expect(
      headerOnly.contains("would close 10 of 10 open items of mapping exact-online-debiteuren"))
    #expect(headerOnly.contains("it lists no items at all"))
    let most = try space.text(of: "inbox/failed/exact-2026-11-03.csv.error.txt")
    #expect(most.contains("would close 9 of 10 open items"))
    #expect(most.contains("arflow confirm-snapshot exact-2026-11-03.csv"))

    let confirmed = try ArflowBinary.run([
      "confirm-snapshot", "exact-2026-11-03.csv", "--workspace", space.root.path, "--as-of",
      "2026-11-04",
    ])
    #expect(confirmed.status == 0, "\(confirmed.errors)")
    #expect(confirmed.output.contains("closed 9 items no longer listed in exact-2026-11-03.csv"))
    #expect(try space.ledger().openItems().map(\.number) == ["F-1"])
    #expect(!space.files(in: "inbox/failed").contains("exact-2026-11-03.csv"))
  }

  @Test("customer master data and credit assessments are stored with the customers")
  func customersAndCredit() throws {
    let space = try TestWorkspace()
    try space.drop(
      "klanten.csv",
      "Customer Number;Customer Name;Segment;Credit Limit;Language\nC1;Acme B.V.;B2B;10.000,00;nl\n"
    )
    try space.drop(
      "bureau.csv",
      "Your Reference,Score,Recommended Limit,Report Date\nC1,245,8000.00,12/11/2026\n")
    let report = try run(space, on: "2026-11-20")
    #expect(report.files.map(\.result) == [.processed, .processed])
    let ledger = try space.ledger()
    let customer = try #require(try ledger.customers()["C1"])
    #expect(customer.segment == .business)
    #expect(customer.creditLimit?.decimalString == "10000.00")
    #expect(customer.language == .nl)
    let assessment = try #require(try ledger.latestCreditAssessments()["C1"])
    #expect(assessment.score == 245)
    #expect(assessment.creditLimit?.decimalString == "8000.00")
  }
}
