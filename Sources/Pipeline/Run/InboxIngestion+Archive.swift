import DurableFiles
import Foundation
import Receivables

extension InboxIngestion {
  /// Moves an inbox file to `processed/DATE/` or `failed/` by rename, never replacing a file
  /// there: a taken name gets the first eight hex digits of the file's hash.
  ///
  /// Each move flushes its folders unless the pass flushes them once at the end
  /// (`flushesEachFile` off): the ledger, not the folder, is the record of what was booked, and
  /// a move lost in a crash is redone by the start-up sweep.
  /// - Returns: where the file is now.
  func archive(_ file: InboxFile, to folder: URL) throws(DurableFileError) -> URL {
    try FileArchive.move(
      file.url, into: folder, suffix: String(file.sha256.prefix(8)), flush: flushesEachFile)
  }

  /// Writes `NAME.warning.txt` beside an archived file whose statements were booked although
  /// they do not add up, and notes them in its outcome.
  func warn(
    _ outcome: inout FileOutcome, _ statements: [UnprovenStatement], beside archived: URL,
    on date: LocalDate
  ) throws {
    guard !statements.isEmpty else { return }
    let report = try WarningReport(fileName: outcome.name, date: date)
      .write(for: statements, beside: archived)
    outcome.unprovenStatements = statements
    outcome.warningReport = relative(report)
    outcome.summary +=
      "; \(statements.count == 1 ? "1 statement does" : "\(statements.count) statements do") not "
      + "add up, see \(relative(report))"
  }
}
