import ArgumentParser
import Foundation
import Pipeline

/// `arflow bench`: measurements on generated, deterministic data (build with `-c release`).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure arflow on generated data (run with -c release).",
    subcommands: [CSVBenchCommand.self])
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
