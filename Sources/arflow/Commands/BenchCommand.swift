import ArgumentParser
import Foundation
import Pipeline

/// `arflow bench`: measurements on generated, deterministic data (build with `-c release`).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure arflow on generated data (run with -c release).",
    subcommands: [CSVBenchCommand.self, EInvoiceBenchCommand.self])
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
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments =
      ["--stream", "--noout"]
      + names.filter { $0.hasSuffix(".xml") }.sorted().map {
        folder.appendingPathComponent($0).path
      }
    let started = ContinuousClock.now
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    let elapsed = ContinuousClock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
