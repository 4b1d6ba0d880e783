public import Foundation
import Ledger
import Logging
import Normalizer
import Parsers
import Receivables
import Watcher

/// `arflow bench einvoice`: writes a deterministic folder of e-invoices, then measures reading
/// them (libxml2 parse, UBL/CII reading, normalising into open items) and ingesting them through
/// the real inbox (claim, ledger commit, archive), in files per second.
public struct EInvoiceBenchmark: Sendable {
  /// What one benchmark run measured.
  public struct Figures: Sendable {
    public let folder: URL
    public let files: Int
    public let bytes: Int64
    /// Read and normalised, one file after another.
    public let readSeconds: Double
    public let openTotal: String
    /// Through `arflow run`'s ingestion into a fresh workspace.
    public let ingestSeconds: Double
    public let ingested: Int
    public let peakResidentBytes: Int64
  }

  public let count: Int

  public init(count: Int) {
    self.count = count
  }

  /// Generates the folder (unless it holds this set already), reads every file, then ingests
  /// copies of them in a temporary workspace that is removed afterwards.
  public func run(folder: URL) throws -> Figures {
    let urls = try EInvoiceBenchmarkFiles(count: count).write(to: folder)
    let mapping = try Self.defaultMapping()
    var bytes: Int64 = 0
    var open: [String: Int64] = [:]
    let started = ContinuousClock.now
    for url in urls {
      let data = try Data(contentsOf: url)
      bytes += Int64(data.count)
      let document = try EInvoiceReader.read(data, file: url.lastPathComponent)
      let item = try EInvoiceNormalizer(mapping: mapping).normalize(
        document, file: url.lastPathComponent
      ).items[0]
      open[item.currency.code, default: 0] += item.openAmount.minorUnits
    }
    let readSeconds = Self.seconds(since: started)
    let (ingestSeconds, ingested) = try ingest(urls)
    let total = Money(minorUnits: open["EUR"] ?? 0, currency: .eur)
    return Figures(
      folder: folder, files: urls.count, bytes: bytes, readSeconds: readSeconds,
      openTotal: total.decimalString, ingestSeconds: ingestSeconds, ingested: ingested,
      peakResidentBytes: CSVBenchmark.peakResidentBytes())
  }

  private func ingest(_ urls: [URL]) throws -> (Double, Int) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-bench-einvoice-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    defer { try? FileManager.default.removeItem(at: root) }
    let workspace = Workspace(root: root)
    _ = try workspace.initialise()
    for url in urls {
      try FileManager.default.copyItem(
        at: url, to: workspace.inbox.appendingPathComponent(url.lastPathComponent))
    }
    let ledger = try PipelineRun.openLedger(of: workspace)
    var logger = Logger(label: "arflow.bench")
    logger.logLevel = .error
    let run = PipelineRun(workspace: workspace, ledger: ledger, logger: logger)
    let date = try LocalDate(iso8601: "2026-11-23")
    let started = ContinuousClock.now
    let outcomes = try run.ingestion().ingestAll(on: date, settings: WatchSettings(settle: .zero))
    let seconds = Self.seconds(since: started)
    return (seconds, outcomes.filter { $0.result == .processed }.count)
  }

  private static func defaultMapping() throws -> SourceMapping {
    let folder = try DefaultFiles.mappingsFolder().appendingPathComponent("sources")
    return try SourceMapping.load(from: folder.appendingPathComponent("einvoice.yaml"))
  }

  static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
