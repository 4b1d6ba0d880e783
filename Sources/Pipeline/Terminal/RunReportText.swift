import Receivables

/// A run report as people read it on the terminal: counts per outcome and rule and the files
/// written; the files that need a look by name; every file and booking only when `verbose`.
public struct RunReportText: Sendable {
  let report: RunReport
  let verbose: Bool

  /// How many processed files are named before the rest are counted.
  static let namedFiles = 20

  public init(report: RunReport, verbose: Bool = false) {
    self.report = report
    self.verbose = verbose
  }

  public var text: String {
    var text = "arflow run as of \(report.asOf.iso8601)\n"
    text += files
    let unproven = report.unprovenStatements
    if !unproven.isEmpty {
      text +=
        "  unproven statements: \(unproven.count) booked although their balances do not add up "
        + "(ask the bank for corrected ones)\n"
      for (file, statement) in unproven {
        text += "    \(UnprovenStatementText(statement, file: file).line)\n"
      }
    }
    text +=
      ReconciliationText(
        outcome: report.reconciliation, files: report.reconciliationFiles, listed: verbose
      ).text
    if let withheld = report.remindersWithheld {
      text += "  reminders: none written: \(withheld)\n"
    } else if let dunning = report.dunning {
      text += DunningOutcomeText(outcome: dunning, listed: verbose).text
    }
    return text
  }

  private var files: String {
    guard !report.files.isEmpty else { return "  inbox: nothing waiting\n" }
    let order: [FileOutcome.Result] = [
      .processed, .partiallyProcessed, .failed, .duplicate, .retryLater,
    ]
    let counts = order.compactMap { result -> String? in
      let count = report.files.count { $0.result == result }
      return count == 0 ? nil : "\(count) \(result.words)"
    }
    var text = "  files: \(counts.joined(separator: ", "))\n"
    let plain = report.files.filter { $0.result == .processed && $0.notices.isEmpty }
    let namesPlain = verbose || plain.count <= Self.namedFiles
    for file in report.files where namesPlain || !plain.contains(file) {
      text += "    \(file.result.words.padding(18)) \(file.name): \(file.summary)\n"
      for notice in file.notices.prefix(verbose ? .max : 5) { text += "        note: \(notice)\n" }
      if !verbose, file.notices.count > 5 {
        text += "        … and \(file.notices.count - 5) more notes (--verbose)\n"
      }
    }
    if !namesPlain {
      text +=
        "    … \(Plural.count(plain.count, "file")) processed without remarks (--verbose names them)\n"
    }
    return text
  }
}

extension FileOutcome.Result {
  /// The outcome in words: "processed", "partly processed", "failed", "duplicate", "left for
  /// the next run".
  public var words: String {
    switch self {
    case .processed: "processed"
    case .partiallyProcessed: "partly processed"
    case .failed: "failed"
    case .duplicate: "duplicate"
    case .retryLater: "left for the next run"
    }
  }
}

extension String {
  /// The text with spaces after it up to `width` characters: a left-aligned column.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The text with spaces before it up to `width` characters: a right-aligned column.
  func paddingBefore(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
