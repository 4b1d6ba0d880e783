import Foundation
import Ledger
import Receivables

/// Records the batch folders in `outbox/reminders/` that the ledger does not hold: a run killed
/// after its folder was in place and before the ledger recorded it. The folder is the proof the
/// documents were written; its manifest says what to record.
struct BatchRecovery {
  let ledger: Ledger
  /// `outbox/reminders`.
  let folder: URL

  /// Records each unrecorded batch folder, oldest first.
  /// - Returns: the ids of the batches recorded now.
  /// - Throws: `PipelineError` `unreadableManifest` for a folder whose manifest cannot be read,
  ///   `LedgerError` when recording fails.
  func recordUnrecorded(run: RunID?) throws -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let candidates = entries.filter(Self.isBatchName).sorted()
    guard !candidates.isEmpty else { return [] }
    let recorded = Set(try ledger.reminderBatches().filter { $0.state == .written }.map(\.id))
    var recovered: [String] = []
    for name in candidates where !recorded.contains(name) {
      let file = folder.appendingPathComponent(name).appendingPathComponent("manifest.json")
      guard let data = FileManager.default.contents(atPath: file.path) else { continue }
      let place = "outbox/reminders/\(name)/manifest.json"
      let batch = try BatchManifest.read(data, file: place).reminderBatch(file: place)
      guard batch.id == name else { continue }
      try ledger.record(batch, run: run)
      recovered.append(name)
    }
    return recovered
  }

  /// "2026-11-20-01": a date, a dash and a sequence.
  static func isBatchName(_ name: String) -> Bool {
    let parts = name.split(separator: "-")
    return parts.count == 4 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
      && (try? LocalDate(iso8601: parts.prefix(3).joined(separator: "-"))) != nil
  }

  /// The next batch id of `date`: one past the highest the ledger or the folder knows.
  func nextBatchID(on date: LocalDate) throws(LedgerError) -> String {
    let prefix = date.iso8601 + "-"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let names = try ledger.reminderBatches().map(\.id) + entries.filter(Self.isBatchName)
    let highest =
      names.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count)) }.max()
      ?? 0
    return ReminderBatch.id(on: date, sequence: highest + 1)
  }
}
