import Configuration
import Dunning
import Foundation
import Pipeline
import Testing

/// `arflow interest` and `arflow costs` as a credit manager uses them: anywhere with the built-in
/// tables, in a workspace with its own, and with output scripts can rely on.
struct ChargeCalculatorTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-charges-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func day(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  /// A workspace whose `mappings/rates/` holds one table with one row.
  private func workspace(table: String, rate: String) throws -> URL {
    let root = try folder()
    let rates = root.appendingPathComponent("mappings/rates")
    try FileManager.default.createDirectory(at: rates, withIntermediateDirectories: true)
    let text = [
      "table: \(table)", "title: test", "verifiedThrough: 2030-12-31", "periods:",
      "  - { from: 2020-01-01, rate: \"\(rate)\", source: \"a test\" }",
    ].joined(separator: "\n")
    try text.write(
      to: rates.appendingPathComponent("\(table).yaml"), atomically: true, encoding: .utf8)
    return root
  }

  @Test("outside a workspace the built-in tables compute the published examples")
  func builtInTables() throws {
    let empty = try folder()
    defer { try? FileManager.default.removeItem(at: empty) }
    let calculator = try ChargeCalculator.load(workspace: empty)
    #expect(calculator.tablesOrigin == "the built-in rate tables")
    let statement = try calculator.interest(
      amount: "10000.00", currency: "eur", due: try day("2016-12-31"),
      until: try day("2018-12-31"), rule: "nl-b2b")
    #expect(statement.total.decimalString == "1664.00")
    #expect(
      try ChargeCalculator.costs(amount: "10000", currency: "EUR", rule: "nl-wik").costs
        .decimalString == "875.00")  // das.nl: "Totale incassokosten: € 875"
  }

  @Test("in a workspace its own mappings/rates are used, so a new rate needs no rebuild")
  func workspaceTables() throws {
    let root = try workspace(table: "nl-commercial", rate: "36.50")
    defer { try? FileManager.default.removeItem(at: root) }
    let calculator = try ChargeCalculator.load(workspace: root)
    #expect(calculator.tablesOrigin == root.appendingPathComponent("mappings/rates").path)
    let statement = try calculator.interest(
      amount: "1000.00", currency: "EUR", due: try day("2024-01-01"), until: try day("2024-01-11"),
      rule: "nl-b2b")
    #expect(statement.total.decimalString == "10.00")  // 1,000 × 36.5 % × 10 / 365
    #expect(throws: (any Error).self) {
      try calculator.interest(
        amount: "1000.00", currency: "EUR", due: try day("2024-01-01"),
        until: try day("2024-01-11"), rule: "de-b2b")
    }
  }

  @Test("a broken rate table is refused naming the file, the key and what to write")
  func brokenTable() throws {
    let root = try workspace(table: "ecb-mro", rate: "4,50")
    defer { try? FileManager.default.removeItem(at: root) }
    let error = try #require(throws: ConfigurationError.self) {
      try ChargeCalculator.load(workspace: root)
    }
    #expect(error.placedMessage.contains("rates/ecb-mro.yaml"))
    #expect(error.placedMessage.contains("periods[1].rate"))
    #expect(error.fix.contains("\"7.75\""))
  }

  @Test("the JSON of both calculators keeps its field names and writes amounts as decimals")
  func jsonFields() throws {
    let empty = try folder()
    defer { try? FileManager.default.removeItem(at: empty) }
    let calculator = try ChargeCalculator.load(workspace: empty)
    let interest = try ChargeReport.json(
      try calculator.interest(
        amount: "1000", currency: "GBP", due: try day("2017-03-01"), until: try day("2017-04-30"),
        rule: "uk-b2b"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(interest.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "rule", "legalBasis", "principal", "currency", "interest", "dayCount", "days", "periods",
        "warnings",
      ])
    #expect(object["interest"] as? String == "13.56")
    #expect(object["days"] as? Int == 60)
    let period = try #require((object["periods"] as? [[String: Any]])?.first)
    #expect(Set(period.keys) == ["from", "to", "days", "rate", "base", "amount"])
    #expect(period["rate"] as? String == "8.25")
    let costs = try ChargeReport.json(
      try ChargeCalculator.costs(amount: "6000", currency: nil, rule: "nl-wik"))
    let costsObject = try #require(
      try JSONSerialization.jsonObject(with: Data(costs.utf8)) as? [String: Any])
    #expect(
      Set(costsObject.keys) == [
        "rule", "legalBasis", "principal", "currency", "costs", "explanation",
      ])
    #expect(costsObject["costs"] as? String == "675.00")  // exact.com: "= 675"
  }
}

extension ChargeCalculatorTests {
  @Test("doctor reads the workspace's rate tables and names those past their verified day")
  func doctorNamesStaleTables() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let workspace = Workspace(root: root, schemas: nil)
    _ = try workspace.initialise()
    // The workspace's own table, verified further than the built-in one, is what doctor reads.
    let own = workspace.mappings.appendingPathComponent("rates/ecb-mro.yaml")
    let text = try String(contentsOf: own, encoding: .utf8)
      .replacingOccurrences(of: "verifiedThrough: 2026-02-04", with: "verifiedThrough: 2027-12-31")
    try text.write(to: own, atomically: true, encoding: .utf8)
    let rates = try #require(
      WorkspaceDoctor(workspace: workspace, asOf: try day("2027-01-01")).check().first {
        $0.subject == "rates"
      })
    #expect(!rates.isProblem)
    #expect(rates.detail.contains("8 rate tables read from"))
    #expect(rates.detail.contains("nl-commercial (verified through 2026-06-30)"))
    #expect(!rates.detail.contains("ecb-mro"))
    #expect(rates.detail.contains(workspace.mappings.appendingPathComponent("rates").path))
    let early = try #require(
      WorkspaceDoctor(workspace: workspace, asOf: try day("2026-01-01")).check().first {
        $0.subject == "rates"
      })
    #expect(!early.detail.contains("add the newer rates"))
  }
}
