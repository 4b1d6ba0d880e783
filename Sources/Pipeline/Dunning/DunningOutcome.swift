public import Dunning
public import Receivables

/// What the Dunning stage of one run did: the batch it wrote, the documents that failed, the
/// documents waiting for approval, what a person must look at, and what it recovered.
public struct DunningOutcome: Sendable {
  /// The batch written to `outbox/reminders/`, when there were documents.
  public var batch: ReminderBatch?
  /// A batch of documents of `review: true` schedules, waiting for `arflow dun --approve`.
  public var awaitingApproval: (id: String, documents: Int)?
  /// Documents that were not sent but listed for a person, and why.
  public var review: [ReviewEntry] = []
  /// On a day without a batch: where the review list was written.
  public var reviewFile: String?
  /// Promises and arrangements whose state the run changed.
  public var changes: [HoldChange] = []
  /// Batch folders a crash had left unrecorded, recorded now from their manifests.
  public var recovered: [String] = []
  /// The policy's notes (an old-form file, …).
  public var notes: [String] = []

  public init() {}

  /// The documents written.
  public var written: [DunningDocument] { batch?.written ?? [] }

  /// The documents that could not be made.
  public var failed: [DunningDocument] { batch?.failed ?? [] }
}
