import Receivables

/// A run report as people read it on the terminal.
public struct RunReportText: Sendable {
  let report: RunReport

  public init(report: RunReport) {
    self.report = report
  }

  public var text: String {
    var text = "arflow run as of \(report.asOf.iso8601)\n"
    if report.files.isEmpty { text += "  inbox: nothing waiting\n" }
    for file in report.files {
      text += "  \(file.result.rawValue.padding(18)) \(file.name): \(file.summary)\n"
      for notice in file.notices { text += "      note: \(notice)\n" }
    }
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
      ReconciliationText(outcome: report.reconciliation, files: report.reconciliationFiles)
      .text
    if report.batches.isEmpty { text += "  reminders: nothing new to send\n" }
    for batch in report.batches {
      text += "  reminders: \(batch.letters) letters in \(batch.folder)/\n"
    }
    return text
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
