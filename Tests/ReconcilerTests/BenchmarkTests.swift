import Reconciler
import Testing

struct BenchmarkTests {
  @Test("the match benchmark is deterministic and meets its targets on a small ledger")
  func smallBenchmark() {
    let first = MatchBenchmark(size: 3000).run()
    let second = MatchBenchmark(size: 3000).run()
    #expect(first.autoApplied == second.autoApplied && first.correct == second.correct)
    #expect(first.precision >= 0.999)
    #expect(first.recall >= 0.97)
    #expect(first.reversalsResolved == first.reversals)
  }

  @Test("the result does not depend on how many threads read the payments")
  func threadsDoNotMatter() {
    let tolerance = MatchBenchmark(size: 10).settings.tolerances
    let one = MatchBenchmark(
      size: 12000, settings: MatchingSettings(tolerances: tolerance, workers: 1)
    ).run()
    let two = MatchBenchmark(
      size: 12000, settings: MatchingSettings(tolerances: tolerance, workers: 2)
    ).run()
    #expect(one.autoApplied == two.autoApplied)
    #expect(one.correct == two.correct)
    #expect(one.unmatchedWithSuggestions == two.unmatchedWithSuggestions)
  }
}
