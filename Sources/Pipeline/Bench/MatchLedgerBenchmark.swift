import Exporter
public import Foundation
import Ledger
import Receivables
public import Reconciler

/// `arflow bench match --ledger`: the match benchmark's data booked into a real SQLite ledger,
/// then one reconciliation pass as `arflow match` runs it (read the ledger, reverse, match, book
/// in one transaction, write the files), timed.
public struct MatchLedgerBenchmark: Sendable {
  public let size: Int

  /// What the pass took.
  public struct Figures: Sendable {
    public var items = 0
    public var payments = 0
    public var importSeconds = 0.0
    public var reconcileSeconds = 0.0
    public var filesSeconds = 0.0
    public var allocations = 0
    public var unmatched = 0
    public var reversals = 0
    public var timings: [(phase: String, seconds: Double)] = []
    public var peakResidentBytes: Int64 = 0
  }

  public init(size: Int) {
    self.size = size
  }

  /// Runs it in `folder` (a fresh ledger there, removed first).
  public func run(folder: URL) throws -> Figures {
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
    var figures = Figures()
    let clock = ContinuousClock()
    let started = clock.now
    try importGenerated(into: ledger, figures: &figures)
    let imported = clock.now
    var policy = ReconciliationPolicy()
    policy.matching.tolerances = [.eur: Money(minorUnits: 100, currency: .eur)]
    let outcome = try Reconciliation(ledger: ledger, policy: policy).run(
      on: LocalDate(daysSinceEpoch: 20_777), run: nil)
    let reconciled = clock.now
    try ReconciliationFiles(ledger: ledger, folder: folder).writePending()
    figures.importSeconds = Self.seconds(imported - started)
    figures.reconcileSeconds = Self.seconds(reconciled - imported)
    figures.filesSeconds = Self.seconds(clock.now - reconciled)
    figures.allocations = outcome.allocations.count
    figures.unmatched = outcome.unmatched.count
    figures.reversals = outcome.reversals.count
    figures.timings = outcome.timings
    figures.peakResidentBytes = CSVBenchmark.peakResidentBytes()
    return figures
  }

  /// Books the generated customers (with the IBANs they pay from), items and payments.
  private func importGenerated(into ledger: Ledger, figures: inout Figures) throws {
    let input = MatchBenchmark.generatedInput(size: size)
    var accounts: [String: [String]] = [:]
    for (iban, customer) in input.knownPayers.customerIDs {
      accounts[customer, default: []].append(iban)
    }
    let customers = input.customers.map { customer in
      var customer = customer
      customer.bankAccounts = accounts[customer.id] ?? []
      return customer
    }
    let day = LocalDate(daysSinceEpoch: 20_777)
    var items = FileImport(
      sha256: String(repeating: "a", count: 64), name: "bench-items.csv", kind: .openItems,
      processedOn: day, customers: customers, items: input.items)
    items.mapping = "bench"
    try ledger.commit(items)
    try ledger.commit(
      FileImport(
        sha256: String(repeating: "b", count: 64), name: "bench-statement.xml",
        kind: .bankStatement, processedOn: day, payments: input.payments.map(\.payment)))
    figures.items = input.items.count
    figures.payments = input.payments.count
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
