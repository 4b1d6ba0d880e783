import DurableFiles
import Foundation
import Ledger

extension PipelineRun {
  /// `arflow confirm-snapshot NAME`: a person confirms that a full snapshot in `inbox/failed/`,
  /// refused because it would close many open items, is right: it is booked now, closing them.
  /// - Returns: what happened to the file.
  /// - Throws: `PipelineError` when there is no such failed file; `LedgerError`.
  public func confirmSnapshot(named name: String, on date: LocalDate) throws -> FileOutcome {
    let failedFile = workspace.failed.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: failedFile.path) else {
      throw PipelineError(
        .input, "there is no file \(name) in inbox/failed/",
        fix: "give the name of the refused snapshot as it is in inbox/failed/",
        location: workspace.failed.path)
    }
    let file = try InboxFile(url: failedFile)
    try ledger.confirmSnapshot(sha256: file.sha256, name: name, on: date)
    let report = workspace.failed.appendingPathComponent("\(name).error.txt")
    if FileManager.default.fileExists(atPath: report.path) {
      _ = try FileArchive.move(
        report, into: workspace.failed.appendingPathComponent("resolved"), suffix: "old")
    }
    let claimed = try FileArchive.move(failedFile, into: workspace.work, suffix: "confirmed")
    let outcomes = try ingestion().sweep(on: date)
    return outcomes.first { $0.name == claimed.lastPathComponent }
      ?? FileOutcome(
        name: name, kind: .openItems, result: .retryLater, records: 0, rejected: 0,
        summary: "confirmed; it is booked by the next run")
  }
}
