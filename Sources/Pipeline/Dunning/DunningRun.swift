import Dunning
import DurableFiles
import Exporter
import Foundation
import Ledger
import Receivables

/// The Dunning stage of a run on a date: records batch folders a crash left unrecorded, plans
/// the day from the ledger, writes the documents to `outbox/reminders/BATCH/`, and only then
/// records them, so that a reminder counts as sent exactly when its document is in the outbox.
///
/// A crash before the folder is renamed into place leaves nothing (the next run plans the same
/// documents again); a crash after it leaves a folder the next run records from its manifest.
struct DunningRun {
  let ledger: Ledger
  let policy: DunningPolicy
  let composer: ReminderLetterComposer
  /// `outbox/reminders`.
  let folder: URL
  let homeCountry: String?

  /// Plans, writes and records the documents of `date`.
  /// - Parameter approving: when approving a batch that waited: send only the documents of
  ///   `review: true` schedules; otherwise send the others and keep those for approval.
  /// - Throws: `LedgerError`, `ExportError` (the folder cannot be written), `PipelineError`
  ///   (an unreadable manifest in the outbox).
  func run(on date: LocalDate, run: RunID?, approving batchID: String? = nil) throws
    -> DunningOutcome
  {
    let approving = batchID != nil
    var outcome = DunningOutcome()
    outcome.notes = policy.notes
    let recovery = BatchRecovery(ledger: ledger, folder: folder)
    outcome.recovered = try recovery.recordUnrecorded(run: run)
    let snapshot = try DunningSnapshot.read(from: ledger)
    let plan = DunningPlanner.plan(snapshot: snapshot, policy: policy, on: date)
    outcome.review = plan.review
    outcome.changes = plan.changes
    let now = plan.documents.filter { $0.needsApproval == approving }
    if let batchID { try checkApproval(of: batchID, against: now) }
    let later = approving ? [] : plan.documents.filter(\.needsApproval)
    if !later.isEmpty {
      outcome.awaitingApproval = try keepForApproval(later, plan: plan, run: run)
    }
    var customers: [String: Customer] = [:]
    for customer in snapshot.customers { customers[customer.id] = customer }
    guard !now.isEmpty else {
      try ledger.record(plan.changes, on: date)
      outcome.reviewFile = try writeReviewList(plan.review, on: date, customers: customers)
      return outcome
    }
    var items: [String: OpenItem] = [:]
    items.reserveCapacity(snapshot.items.count)
    for entry in snapshot.items { items[entry.item.number] = entry.item }
    let writing = BatchWriting(
      folder: folder,
      files: DocumentFiles(composer: composer, items: items, customers: customers),
      customers: customers, homeCountry: homeCountry,
      afterFirstFile: { CrashPoint.insideBatch.reached() })
    let batch = try writing.write(
      now, batchID: try recovery.nextBatchID(on: date), on: date, review: plan.review,
      changes: plan.changes, approves: batchID)
    CrashPoint.afterBatchWritten.reached()
    try ledger.record(batch, run: run)
    outcome.batch = batch
    return outcome
  }

  /// Records the documents of `review: true` schedules as a batch waiting for approval, unless
  /// the batch waiting already holds the same documents.
  /// - Returns: the waiting batch's id and its number of documents.
  private func keepForApproval(
    _ documents: [PlannedDocument], plan: DunningPlan, run: RunID?
  ) throws -> (id: String, documents: Int) {
    let shown = DunningPlan(
      asOf: plan.asOf, documents: documents, review: [], decisions: [], changes: [])
    let text = shown.text()
    let signature = Self.signature(of: documents)
    if let waiting = try ledger.reminderBatches().last(where: { $0.state == .awaitingApproval }),
      let known = waiting.plan, known.hasPrefix(signature + "\n")
    {
      return (waiting.id, documents.count)
    }
    let id = try BatchRecovery(ledger: ledger, folder: folder).nextBatchID(on: plan.asOf)
    try ledger.recordAwaitingApproval(
      id: id, asOf: plan.asOf, run: run, plan: signature + "\n" + text)
    return (id, documents.count)
  }

  /// On a day without a batch, the customers held for a person still get their list:
  /// `outbox/reminders/review-DATE.csv`, written again by each run of the day.
  /// - Returns: the file's path in the workspace; nil when nobody is held.
  private func writeReviewList(
    _ review: [ReviewEntry], on date: LocalDate, customers: [String: Customer]
  ) throws(ExportError) -> String? {
    guard !review.isEmpty else { return nil }
    let name = "review-\(date.iso8601).csv"
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    do throws(DurableFileError) {
      try AtomicWriter.write(
        ReviewList(entries: review, customers: customers).csv(),
        to: folder.appendingPathComponent(name))
    } catch {
      throw ExportError(error)
    }
    return "outbox/reminders/\(name)"
  }

  /// A person approves what they saw: the batch must wait for approval and today's plan of the
  /// `review: true` schedules must be the one it holds.
  /// - Throws: `PipelineError` `approval` otherwise, saying what to do.
  private func checkApproval(of batchID: String, against documents: [PlannedDocument]) throws {
    let batches = try ledger.reminderBatches()
    guard let waiting = batches.first(where: { $0.id == batchID }),
      waiting.state == .awaitingApproval
    else {
      let open = batches.filter { $0.state == .awaitingApproval }.map(\.id)
      throw PipelineError(
        .approval, "batch \(batchID) does not wait for approval",
        fix: open.isEmpty
          ? "no batch waits; arflow dun --dry-run shows what the next run sends"
          : "approve \(open.joined(separator: ", ")) instead")
    }
    guard !documents.isEmpty, waiting.plan?.hasPrefix(Self.signature(of: documents) + "\n") == true
    else {
      throw PipelineError(
        .approval, "the plan of batch \(batchID) has changed since it was drawn up",
        fix: "run arflow dun to draw up today's plan for approval, check it, and approve that")
    }
  }

  /// What makes two plans for approval the same: customer, currency, kind, level, total and
  /// items of each document, whatever the day.
  static func signature(of documents: [PlannedDocument]) -> String {
    "# "
      + documents.map { document in
        "\(document.customerID)/\(document.currency.code)/\(document.kind.rawValue)/\(document.level ?? -1)/\(document.total.minorUnits)/\(document.askedItems.joined(separator: ","))"
      }.joined(separator: ";")
  }
}
