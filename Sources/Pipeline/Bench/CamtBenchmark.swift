public import Foundation
import Ledger
import Logging
import Normalizer
import Parsers
import Receivables
import Watcher

/// `arflow bench camt`: writes a deterministic camt.053 with many entries and measures reading
/// it streaming into payments with the balance proof, then importing it through a fresh
/// workspace's inbox (two streaming passes, one transaction), with peak memory after each.
public struct CamtBenchmark: Sendable {
  /// What one benchmark run measured.
  public struct Figures: Sendable {
    public let file: URL
    public let bytes: Int64
    public let entries: Int
    public let payments: Int
    public let readSeconds: Double
    public let peakAfterRead: Int64
    public let proof: String
    public let importSeconds: Double
    public let imported: Int
    public let peakAfterImport: Int64
  }

  public let entries: Int

  public init(entries: Int) {
    self.entries = entries
  }

  public func run(file: URL) throws -> Figures {
    try CamtBenchmarkFile(entries: entries).write(to: file)
    var entryCount = 0
    var paymentCount = 0
    var reading: StatementReading?
    var proof = "no statement"
    let started = ContinuousClock.now
    try CamtReader.stream(
      contentsOf: file, file: file.lastPathComponent,
      statement: { reading = StatementReading($0, file: file.lastPathComponent) },
      entry: { entry in
        entryCount += 1
        paymentCount += reading?.add(entry).payments.count ?? 0
      },
      finished: { _ in
        switch reading?.finish() {
        case .refused(let refusal)?: proof = refusal.reason
        case .unproven(let statement)?: proof = statement.detail
        case .proven?, nil: proof = "opening + booked entries = closing"
        }
      })
    let readSeconds = EInvoiceBenchmark.seconds(since: started)
    let peakAfterRead = CSVBenchmark.peakResidentBytes()
    let (importSeconds, imported) = try importThroughInbox(file)
    let size =
      (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?
      .int64Value ?? 0
    return Figures(
      file: file, bytes: size, entries: entryCount, payments: paymentCount,
      readSeconds: readSeconds, peakAfterRead: peakAfterRead, proof: proof,
      importSeconds: importSeconds, imported: imported,
      peakAfterImport: CSVBenchmark.peakResidentBytes())
  }

  private func importThroughInbox(_ file: URL) throws -> (Double, Int) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-bench-camt-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    defer { try? FileManager.default.removeItem(at: root) }
    let workspace = Workspace(root: root)
    _ = try workspace.initialise()
    let copy = workspace.inbox.appendingPathComponent(file.lastPathComponent)
    try FileManager.default.copyItem(at: file, to: copy)
    let ledger = try PipelineRun.openLedger(of: workspace)
    var logger = Logger(label: "arflow.bench")
    logger.logLevel = .error
    let run = PipelineRun(workspace: workspace, ledger: ledger, logger: logger)
    let started = ContinuousClock.now
    let outcomes = try run.ingestion().ingestAll(
      on: try LocalDate(iso8601: "2026-11-23"), settings: WatchSettings(settle: .zero))
    let seconds = EInvoiceBenchmark.seconds(since: started)
    return (seconds, outcomes.first?.records ?? 0)
  }
}
