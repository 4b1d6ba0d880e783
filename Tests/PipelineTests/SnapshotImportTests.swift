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
    try space.drop(
      "exact-2026-11-01.csv",
      "\(Self.header)\n100;Acme;F-1;01-10-2026;31-10-2026;100,00;100,00\n100;Acme;F-2;02-10-2026;01-11-2026;50,00;50,00\n"
    )
    _ = try run(space, on: "2026-11-01")
    try space.drop(
      "exact-2026-11-02.csv",
      "\(Self.header)\n100;Acme;F-2;02-10-2026;01-11-2026;50,00;20,00\n")
    _ = try run(space, on: "2026-11-02")
    let ledger = try space.ledger()
    #expect(try ledger.openItems().map(\.number) == ["F-2"])
    #expect(try ledger.item(number: "F-2")?.openAmount.decimalString == "20.00")
    let history = try ledger.history(ofItem: "F-1")
    #expect(history.map(\.event.rawValue) == ["imported", "closedBySnapshot"])
    #expect(history.last?.detail.contains("exact-2026-11-02.csv is a full list") == true)
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
