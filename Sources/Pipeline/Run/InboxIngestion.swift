import DurableFiles
import Foundation
import Ledger
import Logging
import Normalizer
import Receivables
import Watcher

/// Takes every waiting file in `inbox/` through reading and the ledger, then archives it.
///
/// A file's records and its hash are committed in one transaction; only then is it moved to
/// `processed/`. A file that cannot be read goes to `failed/` with `NAME.error.txt`.
struct InboxIngestion {
  let workspace: Workspace
  let ledger: Ledger
  let reading: FileReading
  let logger: Logger
  /// Whether every claim and archive move flushes its folders at once; `ingestAll` turns this
  /// off and flushes the folders once at the end of the pass.
  var flushesEachFile = true

  /// Finishes what an interrupted process left in `inbox/.work/`, then claims and ingests
  /// every waiting file, in arrival order.
  /// - Throws: `WatchError` when the inbox cannot be read.
  func ingestAll(on date: LocalDate, settings: WatchSettings) throws(WatchError) -> [FileOutcome] {
    var outcomes = sweep(on: date)
    let waiting = try InboxWatcher.scanOnce(inbox: workspace.inbox, settings: settings)
    var pass = self
    pass.flushesEachFile = false
    outcomes += pass.ingestInGroups(waiting, on: date)
    for folder in [
      workspace.inbox, workspace.work, workspace.processed(on: date.iso8601), workspace.failed,
    ] {
      try? FolderSync.flush(folder.path)
    }
    recordArchived(outcomes)
    return outcomes
  }

  /// Notes where committed files were archived, so an item can point at its original document.
  /// A failure here loses only that pointer (the file is booked and archived), so it is logged.
  func recordArchived(_ outcomes: [FileOutcome]) {
    let archived = outcomes.compactMap { outcome -> (sha256: String, path: String)? in
      guard let sha256 = outcome.sha256, let path = outcome.archivedAs else { return nil }
      return (sha256, path)
    }
    do {
      try ledger.recordArchived(archived)
    } catch {
      logger.warning(
        "archive paths not recorded", metadata: ["error.message": "\(error.message)"])
    }
  }

  /// The start-up sweep: every file left in `.work/` is finished (its hash committed: archive
  /// it) or ingested again (hash unknown). Nothing is lost, nothing is booked twice.
  func sweep(on date: LocalDate) -> [FileOutcome] {
    let leftovers: [URL]
    do {
      leftovers = try InboxFile.waiting(in: workspace.work, includingAllNames: true)
    } catch {
      return []
    }
    return leftovers.map { process($0, resumed: true, on: date) }
  }

  /// Claims one stable file into `.work/` and ingests it; nil when another process took it
  /// first or it changed since it was seen (the watcher offers it again once it settles).
  func ingestWaiting(_ file: StableFile, on date: LocalDate) -> FileOutcome? {
    let claimed: URL
    do {
      claimed = try FileClaim.claim(file, into: workspace.work, flush: flushesEachFile)
    } catch  where error.code == .vanished || error.code == .changed {
      return nil
    } catch {
      return FileOutcome(
        name: file.name, kind: .unknown, result: .retryLater, records: 0,
        rejected: 0, summary: "cannot be claimed now (\(error.message)); it stays in the inbox")
    }
    CrashPoint.afterClaim.reached()
    return process(claimed, resumed: false, on: date)
  }

  /// Reads, commits and archives one claimed file, and logs one line about it.
  private func process(_ url: URL, resumed: Bool, on date: LocalDate) -> FileOutcome {
    let started = ContinuousClock.now
    let outcome = ingest(url, resumed: resumed, on: date)
    log(outcome, since: started)
    if flushesEachFile { recordArchived([outcome]) }
    return outcome
  }

  /// One log line per file: name, kind, records, outcome and its own duration; a file that
  /// failed or was partly rejected is a warning with its reason and the path of its report, and
  /// so is one whose statements were booked although they do not add up.
  func log(_ outcome: FileOutcome, since started: ContinuousClock.Instant) {
    if !outcome.unprovenStatements.isEmpty {
      logger.warning(
        "statements booked although their balances do not add up",
        metadata: [
          "file.name": "\(outcome.name)",
          "file.unproven_statements": "\(outcome.unprovenStatements.count)",
          "file.warning_report": "\(outcome.warningReport ?? "")",
        ])
    }
    let duration = ContinuousClock.now - started
    var metadata: Logger.Metadata = [
      "file.name": "\(outcome.name)", "file.kind": "\(outcome.kind)",
      "file.records": "\(outcome.records)", "file.rejected": "\(outcome.rejected)",
      "file.outcome": "\(outcome.result.words)",
      "file.duration_ms":
        "\(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)",
    ]
    switch outcome.result {
    case .failed, .partiallyProcessed:
      metadata["file.reason"] = "\(outcome.summary)"
      if let report = outcome.report { metadata["file.report"] = "\(report)" }
      logger.warning(
        outcome.result == .failed ? "file failed" : "file partly rejected", metadata: metadata)
    case .retryLater:
      metadata["file.reason"] = "\(outcome.summary)"
      logger.warning("file left for the next run", metadata: metadata)
    case .processed, .duplicate:
      logger.info("file ingested", metadata: metadata)
    }
  }

  private func ingest(_ url: URL, resumed: Bool, on date: LocalDate) -> FileOutcome {
    switch prepare(url, resumed: resumed, on: date) {
    case .finished(let outcome):
      return outcome
    case .ready(let file, let normalized):
      do {
        let stored = try ledger.commit(fileImport(file, normalized, on: date))
        return try finish(file, normalized, stored, on: date)
      } catch {
        return refusedOrRetried(file, error, on: date)
      }
    }
  }

  /// A file the ledger refused as a whole (a snapshot closing too much) goes to `failed/` with
  /// its report; any other fault leaves it for the next run.
  func refusedOrRetried(_ file: InboxFile, _ error: any Error, on date: LocalDate) -> FileOutcome {
    guard let refusal = error as? LedgerError, refusal.code == .snapshotGuard else {
      return retryLater(file.name, error)
    }
    do {
      return try fail(
        file,
        FileRejection(
          kind: .openItems, message: refusal.message, location: nil, fix: refusal.fix),
        on: date)
    } catch {
      return retryLater(file.name, error)
    }
  }

  /// Reads a claimed file up to the point of committing it: a file already committed, a
  /// duplicate or one that cannot be read is finished here; the rest is ready to commit.
  func prepare(_ url: URL, resumed: Bool, on date: LocalDate) -> Preparation {
    let name = url.lastPathComponent
    let file: InboxFile
    do {
      file = try InboxFile(url: url)
    } catch {
      return .finished(
        FileOutcome(
          name: name, kind: .unknown, result: .retryLater, records: 0, rejected: 0,
          summary:
            "cannot be read now (\(ErrorWords.describe(error))); it stays in inbox/.work for the next run"
        ))
    }
    do {
      if resumed, try ledger.processedFileName(sha256: file.sha256) == name {
        let moved = try archive(file, to: workspace.processed(on: date.iso8601))
        var outcome = FileOutcome(
          name: name, kind: .resumed, result: .processed, records: 0, rejected: 0,
          archivedAs: relative(moved),
          summary: "committed before an interruption; archived now, nothing booked again",
          sha256: file.sha256)
        try warn(
          &outcome, try ledger.unprovenStatements(ofFile: file.sha256), beside: moved, on: date)
        return .finished(outcome)
      }
      if try ledger.isProcessed(sha256: file.sha256) {
        return .finished(try duplicate(file, on: date))
      }
      if isLargeCamt(file) {
        return .finished(try importLargeCamt(file, on: date))
      }
      do {
        return .ready(file, try reading.read(file))
      } catch {
        return .finished(try fail(file, error, on: date))
      }
    } catch {
      return .finished(retryLater(name, error))
    }
  }

  /// Records a file whose content was processed before and archives it; nothing is booked.
  func duplicate(_ file: InboxFile, on date: LocalDate) throws -> FileOutcome {
    let original = try ledger.processedFile(sha256: file.sha256)
    try ledger.recordDuplicateFile(sha256: file.sha256, name: file.name, on: date)
    let moved = try archive(
      file, to: workspace.processed(on: date.iso8601))
    return FileOutcome(
      name: file.name, kind: .duplicate, result: .duplicate, records: 0, rejected: 0,
      archivedAs: relative(moved),
      summary: original.map {
        "same content as \($0.name), processed on \($0.processedOn.iso8601); nothing booked"
      } ?? "same content as a file processed before; nothing booked")
  }

  /// A file left in `inbox/.work/` for the next run after a fault that may pass.
  func retryLater(_ name: String, _ error: any Error) -> FileOutcome {
    let summary =
      (error as? LedgerError)?.isTransient == true
      ? "the ledger is busy; the file stays in inbox/.work for the next run"
      : "could not be finished (\(ErrorWords.describe(error))); it stays in inbox/.work for the next run"
    return FileOutcome(
      name: name, kind: .unknown, result: .retryLater, records: 0, rejected: 0, summary: summary)
  }

  func fail(_ file: InboxFile, _ rejection: FileRejection, on date: LocalDate) throws
    -> FileOutcome
  {
    let report = workspace.failed.appendingPathComponent("\(file.name).error.txt")
    let text = ErrorReport(fileName: file.name, date: date).text(for: rejection)
    try ledger.recordFailedFile(
      sha256: file.sha256, name: file.name, kind: rejection.kind, reason: rejection.message,
      on: date)
    let moved = try archive(
      file, to: workspace.failed)
    try AtomicWriter.write(Data(text.utf8), to: report)
    return FileOutcome(
      name: file.name, kind: rejection.kind, result: .failed, records: 0, rejected: 0,
      archivedAs: relative(moved), report: relative(report), summary: rejection.message)
  }

  /// What the ledger stores for a read file.
  func fileImport(_ file: InboxFile, _ normalized: NormalizedFile, on date: LocalDate)
    -> FileImport
  {
    var fileImport = FileImport(
      sha256: file.sha256, name: file.name, kind: normalized.kind, processedOn: date,
      customers: normalized.customers, items: normalized.items, payments: normalized.payments,
      rejected: normalized.rejected.count)
    fileImport.creditAssessments = normalized.creditAssessments
    fileImport.unprovenStatements = normalized.unprovenStatements
    fileImport.holdInstructions = normalized.holdInstructions
    fileImport.mapping = normalized.kind == .openItems ? normalized.readAs : nil
    fileImport.isFullSnapshot = normalized.isFullSnapshot
    fileImport.snapshotGuardPercent = normalized.snapshotGuardPercent
    fileImport.customersFillGapsOnly = normalized.kind == .eInvoice
    return fileImport
  }

  func relative(_ url: URL) -> String {
    let root = workspace.root.path + "/"
    return url.path.hasPrefix(root) ? String(url.path.dropFirst(root.count)) : url.path
  }
}
