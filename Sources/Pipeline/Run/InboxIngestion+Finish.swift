import DurableFiles
import Foundation
import Ledger
import Logging
import Normalizer
import Receivables

extension InboxIngestion {
  /// Archives a committed file into `processed/` and writes the report of its rejected rows.
  func finish(
    _ file: InboxFile, _ read: NormalizedFile, _ stored: ImportSummary, on date: LocalDate
  ) throws -> FileOutcome {
    CrashPoint.afterCommit.reached()
    var normalized = read
    if !stored.holdsRefused.isEmpty {
      normalized.rejected += stored.holdsRefused.map {
        RejectedRecord(
          location: $0.source, reason: $0.message, fix: $0.fix,
          rawCells: $0.source.line.flatMap { normalized.holdRows[$0] })
      }
      normalized.rejected.sort { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
    }
    let moved = try archive(
      file, to: workspace.processed(on: date.iso8601))
    let booked =
      normalized.items.count + normalized.payments.count + normalized.creditAssessments.count
      + (normalized.kind == .customers ? normalized.customers.count : 0) + stored.holdsRecorded
    var outcome = FileOutcome(
      name: file.name, kind: normalized.kind, result: .processed, records: booked,
      rejected: normalized.rejected.count, archivedAs: relative(moved),
      summary: Self.bookedSummary(normalized, stored, booked: booked), sha256: file.sha256)
    outcome.notices = normalized.warnings + stored.notices
    if stored.itemsClosedBySnapshot > 0 {
      outcome.notices.append(
        "closed \(stored.itemsClosedBySnapshot) items no longer listed in \(file.name)")
    }
    resolveEarlierFailure(of: file.name)
    try warn(&outcome, normalized.unprovenStatements, beside: moved, on: date)
    if !normalized.rejected.isEmpty {
      let rejectedFile = try RejectedRows.write(
        normalized, originalName: file.name, to: workspace.failed)
      let report = workspace.failed.appendingPathComponent("\(file.name).error.txt")
      let text = ErrorReport(fileName: file.name, date: date).text(
        for: normalized.rejected, booked: booked, rejectedFile: rejectedFile)
      try AtomicWriter.write(Data(text.utf8), to: report)
      outcome.result = .partiallyProcessed
      outcome.report = relative(report)
      outcome.summary += "; \(normalized.rejected.count) rejected, see \(relative(report))"
    }
    return outcome
  }

  /// "12 records booked (read as generic)"; for a statement "3 new payments, 10 already
  /// known".
  static func bookedSummary(_ normalized: NormalizedFile, _ stored: ImportSummary, booked: Int)
    -> String
  {
    if normalized.kind == .bankStatement || normalized.kind == .payments {
      return
        "\(Plural.count(stored.paymentsAdded, "new payment")), \(stored.paymentsAlreadyKnown) already known (read as \(normalized.readAs))"
    }
    if normalized.kind == .holds {
      return "\(Plural.count(booked, "hold")) recorded (read as \(normalized.readAs))"
    }
    return "\(Plural.count(booked, "record")) booked (read as \(normalized.readAs))"
  }

  /// A corrected file processed under the name that failed before resolves that failure: the
  /// old file and its report move to `failed/resolved/` and are no longer counted.
  func resolveEarlierFailure(of name: String) {
    let old = workspace.failed.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: old.path) else { return }
    let resolved = workspace.failed.appendingPathComponent("resolved")
    for url in [old, workspace.failed.appendingPathComponent("\(name).error.txt")]
    where FileManager.default.fileExists(atPath: url.path) {
      _ = try? FileArchive.move(url, into: resolved, suffix: "old", flush: flushesEachFile)
    }
    do {
      try ledger.resolveFailures(named: name)
    } catch {
      logger.warning("earlier failure not marked resolved", metadata: ["file.name": "\(name)"])
    }
  }
}
