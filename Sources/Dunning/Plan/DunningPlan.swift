public import Receivables

/// The decision of one dunning run: the documents to send, what is listed for a person, what
/// was decided for every open invoice, and the promise and arrangement states that changed.
public struct DunningPlan: Sendable {
  /// The run's date.
  public var asOf: LocalDate
  /// Ordered by customer, currency and kind.
  public var documents: [PlannedDocument]
  /// Documents held back and items that could not be planned, for a person.
  public var review: [ReviewEntry]
  /// One per open invoice, in customer order.
  public var decisions: [ItemDecision]
  /// Promises kept or broken and arrangements completed or broken on this date.
  public var changes: [HoldChange]

  public init(
    asOf: LocalDate, documents: [PlannedDocument], review: [ReviewEntry],
    decisions: [ItemDecision], changes: [HoldChange]
  ) {
    self.asOf = asOf
    self.documents = documents
    self.review = review
    self.decisions = decisions
    self.changes = changes
  }

  /// Every reminder the documents record, for the ledger.
  public var reminders: [Reminder] { documents.flatMap { $0.reminders(on: asOf) } }
}
