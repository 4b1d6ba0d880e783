public import Receivables

/// `arflow bench match`: generates a deterministic ledger and bank statement with ground
/// truth — payments by structured reference, by numbers in free text in four languages and
/// with typos, partial, combined, by known payer, by name, unrelated, reversals, debits,
/// credit notes — matches them, and measures precision and recall of the auto-applied
/// allocations, the time and the peak memory.
public struct MatchBenchmark: Sendable {
  /// How many payments, and about how many open items (one in ten customers).
  public let size: Int
  public let settings: MatchingSettings

  /// A benchmark of `size` payments against about `size` open items; the default settings
  /// write off shortfalls up to 1.00 EUR.
  public init(
    size: Int,
    settings: MatchingSettings = MatchingSettings(
      tolerances: [.eur: Money(minorUnits: 100, currency: .eur)])
  ) {
    self.size = max(10, size)
    self.settings = settings
  }

  /// Generates, matches and scores.
  public func run() -> MatchBenchmarkFigures {
    let clock = ContinuousClock()
    let started = clock.now
    let (input, truth, creditNotes) = Self.generate(size)
    let generated = clock.now
    let result = PaymentMatcher(settings: settings).match(input)
    let matched = clock.now
    var figures = MatchBenchmarkFigures(
      payments: input.payments.count, items: input.items.count, customers: input.customers.count)
    figures.score(result, input: input, truth: truth, creditNotes: creditNotes)
    figures.generateSeconds = Self.seconds(generated - started)
    figures.matchSeconds = Self.seconds(matched - generated)
    figures.scoreSeconds = Self.seconds(clock.now - matched)
    figures.peakResidentBytes = PeakMemory.residentBytes()
    return figures
  }

  /// The generated data set alone (the same for the same size): to book it in a real ledger.
  public static func generatedInput(size: Int) -> MatchingInput {
    generate(max(10, size)).0
  }

  private static func generate(_ size: Int) -> (
    MatchingInput, GroundTruth, [(note: Int32, invoice: Int32)]
  ) {
    var random = BenchmarkRandom(seed: 0x2026_1123)
    let ledger = BenchmarkLedger(size: size, random: &random)
    let generated = BenchmarkPayments(count: size, ledger: ledger, random: random)
    let input = MatchingInput(
      items: ledger.items, customers: ledger.customers, knownPayers: ledger.knownPayers,
      payments: generated.payments)
    return (input, generated.truth, ledger.creditNotes)
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
