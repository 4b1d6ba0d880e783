import ArgumentParser
import Foundation
import Pipeline

/// `arflow bench`: measurements on generated, deterministic data (build with `-c release`).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure arflow on generated data (run with -c release).",
    subcommands: [
      CSVBenchCommand.self, EInvoiceBenchCommand.self, CamtBenchCommand.self,
      MatchBenchCommand.self, DunningBenchCommand.self,
    ])
}

/// `arflow bench csv`: a 1,000,000-row Excel-style open-items CSV, read streaming.
struct CSVBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Generate an Excel-style open-items CSV and read it: rows/s and peak memory.")

  @Option(help: "How many data rows to generate.")
  var rows = 1_000_000

  @Option(help: "Where to write the generated file (kept for reuse, e.g. for wc -l).")
  var file = FileManager.default.temporaryDirectory.appendingPathComponent("arflow-bench.csv").path

  func run() throws {
    let figures = try CSVBenchmark(rows: rows).run(file: URL(fileURLWithPath: file))
    let megabytes = Double(figures.bytes) / 1_048_576
    print(
      "file:        \(figures.file.path) (\(String(format: "%.1f", megabytes)) MiB, \(figures.lines) lines)"
    )
    print("rows read:   \(figures.rows)")
    print("time:        \(String(format: "%.2f", figures.seconds)) s")
    print("rows/s:      \(Int(figures.rowsPerSecond))")
    print("MiB/s:       \(String(format: "%.0f", megabytes / max(figures.seconds, 1e-9)))")
    print(
      "peak RSS:    \(String(format: "%.1f", Double(figures.peakResidentBytes) / 1_048_576)) MiB")
    print("open total:  \(figures.openTotal) EUR")
  }
}

/// `arflow bench einvoice`: 10,000 generated e-invoices read and ingested, beside xmllint.
struct EInvoiceBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "einvoice",
    abstract: "Generate UBL and CII e-invoices, read and ingest them: files/s, beside xmllint.")

  @Option(help: "How many e-invoices to generate.")
  var files = 10_000

  @Option(help: "Where to write the generated files (kept for reuse, e.g. for xmllint).")
  var folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "arflow-bench-einvoice"
  )
  .path

  func run() throws {
    let figures = try EInvoiceBenchmark(count: files).run(
      folder: URL(fileURLWithPath: folder, isDirectory: true))
    let rate = { (seconds: Double) in Int(Double(figures.files) / max(seconds, 1e-9)) }
    print(
      "files:       \(figures.files) in \(figures.folder.path) (\(String(format: "%.1f", Double(figures.bytes) / 1_048_576)) MiB)"
    )
    print(
      "read:        \(String(format: "%.2f", figures.readSeconds)) s, \(rate(figures.readSeconds)) files/s (libxml2 parse, UBL/CII reading, open item)"
    )
    print(
      "ingest:      \(String(format: "%.2f", figures.ingestSeconds)) s, \(rate(figures.ingestSeconds)) files/s (\(figures.ingested) processed: claim, ledger commit, archive)"
    )
    if let xmllint = XMLLintTiming.measure(folder: figures.folder) {
      print(
        "xmllint:     \(String(format: "%.2f", xmllint)) s, \(rate(xmllint)) files/s (xmllint --stream --noout on the same files)"
      )
    } else {
      print("xmllint:     not installed (apt-get install libxml2-utils to compare)")
    }
    print(
      "peak RSS:    \(String(format: "%.1f", Double(figures.peakResidentBytes) / 1_048_576)) MiB")
    print("open total:  \(figures.openTotal) EUR")
  }
}

/// Times `xmllint --stream --noout` over the benchmark's files, when xmllint is installed.
enum XMLLintTiming {
  static func measure(folder: URL) -> Double? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return nil
    }
    return measure(
      files: names.filter { $0.hasSuffix(".xml") }.sorted().map {
        folder.appendingPathComponent($0)
      })
  }

  static func measure(files: [URL]) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = ["--stream", "--noout"] + files.map(\.path)
    let started = ContinuousClock.now
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    let elapsed = ContinuousClock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}

/// `arflow bench camt`: a 1,000,000-entry camt.053 read streaming and imported, beside xmllint.
struct CamtBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "camt",
    abstract:
      "Generate a camt.053 with many entries, read and import it streaming: time and memory.")

  @Option(help: "How many entries to generate.")
  var entries = 1_000_000

  @Option(help: "Where to write the generated file (kept for reuse, e.g. for xmllint).")
  var file = FileManager.default.temporaryDirectory.appendingPathComponent(
    "arflow-bench.camt053.xml"
  )
  .path

  func run() throws {
    let figures = try CamtBenchmark(entries: entries).run(file: URL(fileURLWithPath: file))
    let mib = { (bytes: Int64) in String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
    print("file:        \(figures.file.path) (\(mib(figures.bytes)), \(figures.entries) entries)")
    print(
      "read:        \(String(format: "%.2f", figures.readSeconds)) s, \(Int(Double(figures.entries) / max(figures.readSeconds, 1e-9))) entries/s into \(figures.payments) payments; \(figures.proof)"
    )
    print("peak RSS:    \(mib(figures.peakAfterRead)) after reading")
    print(
      "import:      \(String(format: "%.2f", figures.importSeconds)) s through the inbox (two streaming passes, one transaction), \(figures.imported) payments booked"
    )
    print("peak RSS:    \(mib(figures.peakAfterImport)) after importing")
    if let xmllint = XMLLintTiming.measure(files: [figures.file]) {
      print(
        "xmllint:     \(String(format: "%.2f", xmllint)) s (xmllint --stream --noout on the same file)"
      )
    }
  }
}

/// `arflow bench dunning`: the plan of a large book, and a batch of letters rendered to PDF.
struct DunningBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dunning",
    abstract: "Plan 100,000 customers with 1,000,000 open items; render 10,000 letters as PDF.")

  @Option(help: "How many customers to generate.")
  var customers = 100_000

  @Option(help: "Open items per customer.")
  var items = 10

  @Option(help: "How many documents of the plan to render and write as one batch.")
  var letters = 10_000

  @Option(help: "The workspace the batch is written into (removed first).")
  var folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "arflow-bench-dunning"
  )
  .path

  func run() throws {
    let figures = try DunningBenchmark(
      customers: customers, itemsPerCustomer: items, letters: letters
    ).run(folder: URL(fileURLWithPath: folder, isDirectory: true))
    let format = { (seconds: Double) in String(format: "%.2f", seconds) }
    print(
      "book:        \(customers) customers, \(figures.items) open items (generated in \(format(figures.generateSeconds)) s)"
    )
    print(
      "plan:        \(format(figures.planSeconds)) s: \(figures.documentsPlanned) documents, \(figures.reviewed) customers for review"
    )
    print(
      "batch:       \(figures.letters) letters (\(figures.pages) pages) written in \(format(figures.batchSeconds)) s, with print.pdf and manifests"
    )
    print("letters/s:   \(Int(figures.lettersPerSecond))")
    print(
      "peak RSS:    \(String(format: "%.1f", Double(figures.peakResidentBytes) / 1_048_576)) MiB")
    print("written to:  \(folder)/outbox/reminders/2026-11-20-01")
  }
}
