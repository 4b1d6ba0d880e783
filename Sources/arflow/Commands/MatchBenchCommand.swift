import ArgumentParser
import Foundation
import Pipeline

/// `arflow bench match`: matching quality and speed on a generated ledger with ground truth.
struct MatchBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match",
    abstract:
      "Generate payments and open items with ground truth, match them: precision, recall, time, memory."
  )

  @Option(help: "How many payments (and about as many open items) to generate.")
  var payments = 1_000_000

  @Option(help: "Threads for the read-only matching steps (the result never depends on it).")
  var workers = 2

  @Flag(
    help:
      "Also book the data into a real SQLite ledger and time one reconciliation pass as arflow match runs it."
  )
  var ledger = false

  @Option(help: "Where the --ledger benchmark puts its ledger and files.")
  var folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "arflow-bench-match"
  ).path

  func run() throws {
    if ledger {
      let figures = try MatchLedgerBenchmark(size: payments).run(
        folder: URL(fileURLWithPath: folder, isDirectory: true))
      let format = { (value: Double) in String(format: "%.2f", value) }
      print("ledger:      \(figures.items) items, \(figures.payments) payments in \(folder)")
      print("import:      \(format(figures.importSeconds)) s (booking the generated data)")
      print(
        "reconcile:   \(format(figures.reconcileSeconds)) s (read the ledger, reversals, match, book \(figures.allocations) allocations in one transaction; \(figures.reversals) reversals, \(figures.unmatched) left for a person)"
      )
      print(
        "  phases:    "
          + figures.timings.map { "\($0.phase) \(format($0.seconds)) s" }.joined(separator: ", "))
      print("files:       \(format(figures.filesSeconds)) s (matched and unmatched CSV)")
      print(
        "peak RSS:    \(String(format: "%.1f", Double(figures.peakResidentBytes) / 1_048_576)) MiB")
      return
    }
    print(MatchQualityBenchmark.run(payments: payments, workers: workers))
  }
}
