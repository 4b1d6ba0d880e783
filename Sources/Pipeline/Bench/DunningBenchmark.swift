import Dunning
import Exporter
public import Foundation
import Receivables

/// `arflow bench dunning`: a generated book of many customers with ten open items each, planned
/// with the shipped policy, and the first documents of the plan written as a real batch (a PDF
/// per letter, `print.pdf`, manifests), timed.
public struct DunningBenchmark: Sendable {
  public let customers: Int
  public let itemsPerCustomer: Int
  public let letters: Int

  /// What the run took.
  public struct Figures: Sendable {
    public var items = 0
    public var generateSeconds = 0.0
    public var planSeconds = 0.0
    public var documentsPlanned = 0
    public var reviewed = 0
    public var letters = 0
    public var pages = 0
    public var batchSeconds = 0.0
    public var peakResidentBytes: Int64 = 0
    public var lettersPerSecond: Double { Double(letters) / max(batchSeconds, 1e-9) }
  }

  public init(customers: Int, itemsPerCustomer: Int, letters: Int) {
    self.customers = customers
    self.itemsPerCustomer = itemsPerCustomer
    self.letters = letters
  }

  /// Runs it in `folder` (a fresh workspace there, removed first).
  public func run(folder: URL) throws -> Figures {
    try? FileManager.default.removeItem(at: folder)
    let workspace = Workspace(root: folder)
    try workspace.initialise()
    try Data(
      DefaultFiles.files(under: "demo/mappings").first { $0.0 == "company.yaml" }?.1 ?? Data()
    )
    .write(to: workspace.companyFile)
    let policy = try DunningPolicy.load(from: workspace.policyFile)
    let creditor = try workspace.creditor()
    let asOf = try LocalDate(iso8601: "2026-11-20")
    var figures = Figures()
    let clock = ContinuousClock()
    var started = clock.now
    let snapshot = DunningBook(
      customers: customers, itemsPerCustomer: itemsPerCustomer, asOf: asOf
    ).snapshot()
    figures.items = snapshot.items.count
    figures.generateSeconds = Self.seconds(clock.now - started)
    started = clock.now
    let plan = DunningPlanner.plan(snapshot: snapshot, policy: policy, on: asOf)
    figures.planSeconds = Self.seconds(clock.now - started)
    figures.documentsPlanned = plan.documents.count
    figures.reviewed = plan.review.count
    let chosen = Array(plan.documents.prefix(letters))
    var customersByID: [String: Customer] = [:]
    for customer in snapshot.customers { customersByID[customer.id] = customer }
    var items: [String: OpenItem] = [:]
    let wanted = Set(chosen.flatMap { $0.lines.map(\.itemNumber) })
    for entry in snapshot.items where wanted.contains(entry.number) {
      items[entry.number] = entry.item
    }
    started = clock.now
    let writing = BatchWriting(
      folder: workspace.reminders,
      files: DocumentFiles(
        composer: ReminderLetterComposer(
          creditor: creditor, templatesDirectory: workspace.templates),
        items: items, customers: customersByID),
      customers: customersByID, homeCountry: creditor.countryCode, afterFirstFile: {})
    let batch = try writing.write(
      chosen, batchID: "2026-11-20-01", on: asOf, review: [], changes: [])
    figures.batchSeconds = Self.seconds(clock.now - started)
    figures.letters = batch.written.count
    figures.pages = batch.written.reduce(0) { $0 + ($1.pages ?? 0) }
    figures.peakResidentBytes = CSVBenchmark.peakResidentBytes()
    return figures
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
