import Dispatch
import Foundation
import Ledger
import Normalizer
import Receivables
import Synchronization
import Watcher

/// What reading a claimed file came to before the ledger: finished, or ready to commit.
enum Preparation {
  case finished(FileOutcome)
  case ready(InboxFile, NormalizedFile)
}

extension InboxIngestion {
  /// The most files, and bytes, committed in one transaction by `arflow run`.
  static let groupLimit = (files: 256, bytes: 64 << 20)

  /// Claims the waiting files in order, reads each group of them on every core, and commits
  /// them in groups, one transaction (one flush to disk) per group, each file in its own
  /// savepoint: every file is still booked exactly once with its hash, in arrival order, and a
  /// crash leaves only files the start-up sweep finishes.
  func ingestInGroups(_ waiting: [StableFile], on date: LocalDate) -> [FileOutcome] {
    var outcomes: [FileOutcome] = []
    var claimed: [(url: URL, started: ContinuousClock.Instant)] = []
    for stable in waiting {
      let started = ContinuousClock.now
      do {
        claimed.append(
          (try FileClaim.claim(stable, into: workspace.work, flush: flushesEachFile), started))
      } catch  where error.code == .vanished || error.code == .changed {
        continue
      } catch {
        outcomes.append(
          FileOutcome(
            name: stable.name, kind: .unknown, result: .retryLater, records: 0, rejected: 0,
            summary: "cannot be claimed now (\(error.message)); it stays in the inbox"))
        continue
      }
      CrashPoint.afterClaim.reached()
      if claimed.count == Self.groupLimit.files {
        outcomes += ingestGroup(claimed, on: date)
        claimed.removeAll()
      }
    }
    if !claimed.isEmpty { outcomes += ingestGroup(claimed, on: date) }
    return outcomes
  }

  /// Reads a group of claimed files on every core, then commits the readable ones together
  /// (in sub-groups of at most `groupLimit.bytes`), in claim order.
  private func ingestGroup(
    _ claimed: [(url: URL, started: ContinuousClock.Instant)], on date: LocalDate
  ) -> [FileOutcome] {
    let prepared = Mutex([Preparation?](repeating: nil, count: claimed.count))
    DispatchQueue.concurrentPerform(iterations: claimed.count) { index in
      let preparation = prepare(claimed[index].url, resumed: false, on: date)
      prepared.withLock { $0[index] = preparation }
    }
    var outcomes: [FileOutcome] = []
    var group: [(file: InboxFile, normalized: NormalizedFile, started: ContinuousClock.Instant)] =
      []
    var bytes = 0
    for (index, preparation) in prepared.withLock({ $0 }).enumerated() {
      switch preparation {
      case .finished(let outcome)?:
        log(outcome, since: claimed[index].started)
        outcomes.append(outcome)
      case .ready(let file, let normalized)?:
        group.append((file, normalized, claimed[index].started))
        bytes += file.size
        if bytes >= Self.groupLimit.bytes {
          outcomes += commitGroup(group, on: date)
          group.removeAll()
          bytes = 0
        }
      case nil:
        continue
      }
    }
    if !group.isEmpty { outcomes += commitGroup(group, on: date) }
    return outcomes
  }

  private func commitGroup(
    _ group: [(file: InboxFile, normalized: NormalizedFile, started: ContinuousClock.Instant)],
    on date: LocalDate
  ) -> [FileOutcome] {
    let results: [Result<ImportSummary, LedgerError>]
    do {
      results = try ledger.commit(group.map { fileImport($0.file, $0.normalized, on: date) })
    } catch {
      // The group as a whole failed (nothing stored): commit file by file instead.
      results = group.map { entry in
        Result { () throws(LedgerError) in
          try ledger.commit(fileImport(entry.file, entry.normalized, on: date))
        }
      }
    }
    return zip(group, results).map { entry, result in
      let outcome: FileOutcome
      do {
        switch result {
        case .success(let stored):
          outcome = try finish(entry.file, entry.normalized, stored, on: date)
        case .failure(let error) where error.code == .duplicateFile:
          outcome = try duplicate(entry.file, on: date)
        case .failure(let error):
          outcome = refusedOrRetried(entry.file, error, on: date)
        }
      } catch {
        outcome = retryLater(entry.file.name, error)
      }
      log(outcome, since: entry.started)
      return outcome
    }
  }
}
