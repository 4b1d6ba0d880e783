import ArflowTesting
import Foundation
import Ledger
import Pipeline
import Receivables
import Testing

/// A book of customers driven through the real `arflow run` on chosen days, with the credit
/// manager's holds recorded between runs, and what every batch's `manifest.json` says.
final class DunningScenario {
  static let start = Fixtures.date("2026-01-05")
  let space: TestWorkspace
  /// Every document written, with its batch's day.
  private(set) var documents: [(day: LocalDate, document: BatchManifest.Document)] = []
  private var batchesSeen: Set<String> = []

  init() throws {
    space = try TestWorkspace()
    let s = Self.start
    func day(_ offset: Int) -> String { s.adding(days: offset).iso8601 }
    let header =
      "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount,currency,"
      + "street,postal_code,city"
    let rows = [
      // C1: three invoices falling due at different times.
      "A-1,C1,Alpha BV,\(day(-30)),\(day(0)),100.00,100.00,EUR,Kerkstraat 1,1011 AB,Amsterdam",
      "A-2,C1,Alpha BV,\(day(-20)),\(day(10)),200.00,200.00,EUR,Kerkstraat 1,1011 AB,Amsterdam",
      "A-3,C1,Alpha BV,\(day(10)),\(day(40)),300.00,300.00,EUR,Kerkstraat 1,1011 AB,Amsterdam",
      // C2: paid before the first run.
      "P-1,C2,Paid BV,\(day(-40)),\(day(-10)),200.00,0.00,EUR,Dorpsweg 2,3511 CD,Utrecht",
      // C3: paused for sixty days.
      "B-1,C3,Pause BV,\(day(-35)),\(day(-5)),150.00,150.00,EUR,Laan 3,2511 EF,Den Haag",
      // C4: one item disputed, one not.
      "D-1,C4,Dispute BV,\(day(-35)),\(day(-5)),400.00,400.00,EUR,Markt 4,9711 LM,Groningen",
      "D-2,C4,Dispute BV,\(day(-35)),\(day(-5)),50.00,50.00,EUR,Markt 4,9711 LM,Groningen",
      // C5: promises to pay after the first reminder, and does not.
      "E-1,C5,Promise BV,\(day(-50)),\(day(-20)),500.00,500.00,EUR,Plein 5,5611 AZ,Eindhoven",
      // C6: a payment arrangement whose first instalment is missed.
      "F-1,C6,Arrange BV,\(day(-60)),\(day(-30)),1000.00,1000.00,EUR,Weg 6,6811 AA,Arnhem",
    ]
    try space.drop("items.csv", ([header] + rows).joined(separator: "\n") + "\n")
  }

  /// Books the items the day before the start without writing any reminder (the company's
  /// details are taken away for that run), so that holds can be recorded before the first.
  func importItems() throws {
    let company = space.workspace.companyFile
    let details = try Data(contentsOf: company)
    try Data("name: \"\"\n".utf8).write(to: company)
    _ = try ArflowBinary.run([
      "run", "--workspace", space.root.path, "--as-of", Self.start.adding(days: -1).iso8601,
      "--settle", "0",
    ])
    try details.write(to: company)
    #expect(space.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") }.isEmpty)
  }

  /// Runs `arflow run` as of `start + offset` and reads the batch it wrote, if any.
  /// - Returns: the batch folders new since the last call.
  @discardableResult
  func run(day offset: Int) throws -> [String] {
    let date = Self.start.adding(days: offset)
    let result = try ArflowBinary.run([
      "run", "--workspace", space.root.path, "--as-of", date.iso8601, "--settle", "0",
    ])
    #expect(result.status == 0, "day \(offset): \(result.output)\(result.errors)")
    let all = Set(
      space.files(in: "outbox/reminders").filter { !$0.hasPrefix(".") && !$0.hasSuffix(".csv") })
    let new = all.subtracting(batchesSeen).sorted()
    for batch in new {
      let data = try Data(
        contentsOf: space.root.appendingPathComponent("outbox/reminders/\(batch)/manifest.json"))
      let manifest = try JSONDecoder().decode(BatchManifest.self, from: data)
      for document in manifest.documents {
        #expect(document.status == "written", "\(batch): \(document.reason ?? "")")
        documents.append((Fixtures.date(manifest.asOf), document))
      }
    }
    batchesSeen = all
    return new
  }

  /// The days (offsets from the start) on which `customer` was sent a document.
  func days(of customer: String) -> [Int] {
    documents.filter { $0.document.customerId == customer }.map {
      Self.start.days(until: $0.day)
    }
  }

  /// The levels an item was reminded at, in order.
  func levels(of item: String) -> [Int] {
    documents.flatMap { entry in
      entry.document.items.filter { $0.number == item && $0.state == "reminded" }
        .compactMap(\.level)
    }
  }

  /// What every run must keep, whatever the days: no level skipped or repeated, one document
  /// per customer, currency and day, seven days between two documents to one customer.
  func checkInvariants() {
    var items: Set<String> = []
    for entry in documents { for item in entry.document.items { items.insert(item.number) } }
    for item in items {
      let levels = levels(of: item)
      for (earlier, later) in zip(levels, levels.dropFirst()) {
        #expect(later == earlier + 1, "\(item) went from level \(earlier) to \(later): \(levels)")
      }
    }
    var perDay: [String: Int] = [:]
    for entry in documents {
      perDay["\(entry.document.customerId)/\(entry.document.currency)/\(entry.day)", default: 0] +=
        1
    }
    for (key, count) in perDay where count > 1 {
      Issue.record("\(count) documents for \(key)")
    }
    for customer in Set(documents.map(\.document.customerId)) {
      let days = days(of: customer)
      for (earlier, later) in zip(days, days.dropFirst()) {
        #expect(later - earlier >= 7, "\(customer) got documents on days \(days)")
      }
    }
  }
}
