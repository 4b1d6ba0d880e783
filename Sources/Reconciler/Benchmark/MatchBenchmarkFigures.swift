/// What one match benchmark run measured.
public struct MatchBenchmarkFigures: Sendable, CustomStringConvertible {
  /// The figures of one kind of generated payment.
  public struct Kind: Sendable {
    public let label: String
    public internal(set) var payments = 0
    public internal(set) var matchable = 0
    public internal(set) var fullyMatched = 0
    /// Allocations applied to this kind's payments that the ground truth does not have.
    public internal(set) var wrongAllocations = 0
  }

  public let payments: Int
  public let items: Int
  public let customers: Int
  /// Allocations the rules applied, and how many of them the ground truth has.
  public internal(set) var autoApplied = 0
  public internal(set) var correct = 0
  /// Payments a rule can match, and how many got exactly their ground-truth allocations.
  public internal(set) var matchable = 0
  public internal(set) var fullyMatched = 0
  public internal(set) var nettings = 0
  public internal(set) var correctNettings = 0
  public internal(set) var expectedNettings = 0
  public internal(set) var writeOffs = 0
  public internal(set) var unmatched = 0
  public internal(set) var unmatchedWithSuggestions = 0
  /// Matchable payments left unmatched whose right item is among the suggestions.
  public internal(set) var missedButSuggested = 0
  public internal(set) var missed = 0
  public internal(set) var reversals = 0
  public internal(set) var reversalsResolved = 0
  public internal(set) var byKind: [Kind] = GroundTruth.Kind.allCases.map { Kind(label: $0.label) }
  public internal(set) var wrongByRule: [String: Int] = [:]
  /// A few wrong allocations, explained, for whoever tunes the rules.
  public internal(set) var wrongExamples: [String] = []
  /// A few matchable payments not fully matched.
  public internal(set) var missedExamples: [String] = []
  public internal(set) var generateSeconds = 0.0
  public internal(set) var matchSeconds = 0.0
  public internal(set) var scoreSeconds = 0.0
  public internal(set) var peakResidentBytes: Int64 = 0

  /// Correct auto-applied allocations over all auto-applied allocations.
  public var precision: Double {
    autoApplied == 0 ? 1 : Double(correct) / Double(autoApplied)
  }
  /// Matchable payments fully and correctly allocated over all matchable payments.
  public var recall: Double {
    matchable == 0 ? 1 : Double(fullyMatched) / Double(matchable)
  }

  init(payments: Int, items: Int, customers: Int) {
    self.payments = payments
    self.items = items
    self.customers = customers
  }
}
