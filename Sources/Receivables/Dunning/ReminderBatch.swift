/// The documents of one dunning run, as written to `outbox/reminders/BATCH/` and recorded in the
/// ledger in one transaction, with the promise and arrangement states the run found changed.
public struct ReminderBatch: Sendable, Hashable {
  /// "2026-11-20-01": the run's date and its place among that day's batches.
  public var id: String
  public var asOf: LocalDate
  public var documents: [DunningDocument]
  public var changes: [HoldChange]
  /// The batch that waited for approval and this one sends (`arflow dun --approve`).
  public var approves: String?

  public init(
    id: String, asOf: LocalDate, documents: [DunningDocument], changes: [HoldChange] = [],
    approves: String? = nil
  ) {
    self.id = id
    self.asOf = asOf
    self.documents = documents
    self.changes = changes
    self.approves = approves
  }

  /// The id of the `sequence`th batch of `date`: "2026-11-20-01".
  public static func id(on date: LocalDate, sequence: Int) -> String {
    "\(date.iso8601)-\(sequence < 10 ? "0" : "")\(sequence)"
  }

  /// The documents that went out.
  public var written: [DunningDocument] { documents.filter { $0.status == .written } }

  /// The documents that could not be made.
  public var failed: [DunningDocument] { documents.filter { $0.status == .failed } }
}
