import ArgumentParser
import Reconciler

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

  func run() throws {
    var benchmark = MatchBenchmark(size: payments)
    var settings = benchmark.settings
    settings.workers = workers
    benchmark = MatchBenchmark(size: payments, settings: settings)
    print(benchmark.run().description)
  }
}
