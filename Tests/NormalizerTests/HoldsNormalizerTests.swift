import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// A holds file as a team keeps it in a spreadsheet, read with the shipped `holds` mapping.
struct HoldsNormalizerTests {
  static let header = "item,customer,kind,until,reason,amount"

  private func normalize(_ rows: [String]) throws -> NormalizedFile {
    let mapping = try SourceMapping.load(
      from: ShippedMappings.folder.appendingPathComponent("holds.yaml"))
    let table = try CSVReader.read(
      Data(([Self.header] + rows).joined(separator: "\n").utf8), file: "holds.csv")
    return try TableNormalizer(mapping: mapping).normalize(table, file: "holds.csv")
  }

  @Test("reads pauses, disputes, promises and resumes with their lines")
  func readsRows() throws {
    let result = try normalize([
      "2026-0105,,pause,2027-01-31,customer on holiday,",
      "2026-0103,,Dispute,,goods damaged,",
      ",C1002,promise,2026-12-31,,80.00",
      ",C1005,resume,,,",
    ])
    #expect(result.kind == .holds)
    #expect(result.rejected.isEmpty)
    let holds = result.holdInstructions
    #expect(holds.map(\.action) == [.pause, .dispute, .promise, .resume])
    #expect(holds[0].itemNumber == "2026-0105")
    #expect(holds[0].until == (try LocalDate(iso8601: "2027-01-31")))
    #expect(holds[1].reason == "goods damaged")
    #expect(holds[2].customerID == "C1002")
    #expect(holds[2].amount == (try Money(decimal: "80.00", currency: .eur)))
    #expect(
      holds.map(\.sourceText) == [
        "holds.csv line 2", "holds.csv line 3", "holds.csv line 4", "holds.csv line 5",
      ])
  }

  @Test(
    "rejects a bad row with its line and a fix, and keeps the good rows",
    arguments: [
      (",C1,frobnicate,,x,", "is not one of pause"),
      (",,pause,,x,", "neither an item nor a customer"),
      (",C1,dispute,,x,", "a dispute is about an item"),
      ("A-1,,pause,,,", "the reason is empty"),
      (",C1,promise,2026-12-31,,", "the amount promised"),
      (",C1,promise,,,80.00", "the date it is promised by"),
      ("A-1,,pause,31.02.2026,x,", "until date"),
    ])
  func rejectsBadRow(row: String, reason: String) throws {
    let result = try normalize(["A-2,,pause,,kept,", row])
    #expect(result.holdInstructions.map(\.itemNumber) == ["A-2"])
    let rejected = try #require(result.rejected.first)
    #expect(rejected.location.line == 3)
    #expect(rejected.reason.contains(reason), "\(rejected.reason)")
    #expect(!rejected.fix.isEmpty)
    #expect(rejected.rawCells?.joined(separator: ",") == row)
  }

  @Test("open-items and customer files read the policy and group columns")
  func policyAndGroup() throws {
    let items = try SourceMapping.load(
      from: ShippedMappings.folder.appendingPathComponent("generic.yaml"))
    let itemTable = try CSVReader.read(
      Data(
        """
        invoice_number,customer_id,customer_name,invoice_date,due_date,amount,policy,customer_group
        A-1,C1,Acme,2026-09-01,2026-10-01,100.00,strict,wholesale
        """.utf8), file: "items.csv")
    let read = try TableNormalizer(mapping: items).normalize(itemTable, file: "items.csv")
    #expect(read.items.first?.dunningPolicy == "strict")
    #expect(read.customers.first?.group == "wholesale")
    #expect(read.customers.first?.dunningPolicy == nil)

    let customers = try SourceMapping.load(
      from: ShippedMappings.folder.appendingPathComponent("customers.yaml"))
    let customerTable = try CSVReader.read(
      Data("Customer Number,Name,Group,Policy\nC1,Acme,wholesale,b2b-strict\n".utf8),
      file: "customers.csv")
    let master = try TableNormalizer(mapping: customers).normalize(
      customerTable, file: "customers.csv")
    #expect(master.customers.first?.group == "wholesale")
    #expect(master.customers.first?.dunningPolicy == "b2b-strict")
  }
}
