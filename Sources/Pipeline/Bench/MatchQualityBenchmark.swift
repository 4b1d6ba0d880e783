import Reconciler

/// `arflow bench match` without `--ledger`: the matcher alone on generated payments with ground
/// truth (precision, recall, time, memory), as text.
public enum MatchQualityBenchmark {
  /// Generates `payments` payments and about as many open items, matches them with `workers`
  /// threads for the read-only steps, and describes the result.
  public static func run(payments: Int, workers: Int) -> String {
    var benchmark = MatchBenchmark(size: payments)
    var settings = benchmark.settings
    settings.workers = workers
    benchmark = MatchBenchmark(size: payments, settings: settings)
    return benchmark.run().description
  }
}
