extension MatchBenchmarkFigures {
  public var description: String {
    func percent(_ value: Double) -> String {
      let scaled = Int((value * 100_000).rounded())
      let fraction = String(scaled % 1000)
      return "\(scaled / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)%"
    }
    func seconds(_ value: Double) -> String { "\(Double(Int(value * 100)) / 100) s" }
    let mebibytes = peakResidentBytes / (1024 * 1024)
    var lines = [
      "match benchmark: \(payments) payments against \(items) open items (\(customers) customers)",
      "  generate \(seconds(generateSeconds)), match \(seconds(matchSeconds)), "
        + "score \(seconds(scoreSeconds)), peak memory \(mebibytes) MiB (VmHWM)",
      "  precision \(percent(precision)): \(correct) of \(autoApplied) auto-applied allocations correct",
      "  recall \(percent(recall)): \(fullyMatched) of \(matchable) matchable payments fully and correctly allocated",
      "  nettings \(correctNettings) correct of \(nettings) (\(expectedNettings) expected); write-offs \(writeOffs)",
      "  unmatched payments \(unmatched), \(unmatchedWithSuggestions) with suggestions; missed matchable "
        + "\(missed), right item suggested for \(missedButSuggested)",
      "  reversals \(reversalsResolved) of \(reversals) traced to their original and allocations",
      "  kind                        payments  matchable  matched  wrong",
    ]
    for kind in byKind where kind.payments > 0 {
      let label = kind.label + String(repeating: " ", count: max(0, 26 - kind.label.count))
      lines.append(
        "  \(label)  \(pad(kind.payments, 8))  \(pad(kind.matchable, 9))  "
          + "\(pad(kind.fullyMatched, 7))  \(pad(kind.wrongAllocations, 5))")
    }
    if !wrongByRule.isEmpty {
      lines.append(
        "  wrong by rule: "
          + wrongByRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
            separator: ", "))
    }
    lines += wrongExamples.map { "  wrong: \($0)" }
    lines += missedExamples.map { "  missed: \($0)" }
    return lines.joined(separator: "\n")
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
