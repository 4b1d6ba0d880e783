public import Receivables

/// What a run decided for one open invoice, and why.
public struct ItemDecision: Sendable, Hashable {
  /// The decision.
  public enum Outcome: Sendable, Hashable {
    /// The item gets `step` now, on document `documentID`.
    case reminded(LevelStep, documentID: String)
    /// The next level is not due yet.
    case notYetDue(LevelStep)
    /// The next level's own conditions hold, but the customer had a document on `lastDocument`
    /// and the schedule wants `minimumDays` between two; it can go from `from`.
    case interval(LevelStep, lastDocument: LocalDate, minimumDays: Int, from: LocalDate)
    /// The next level is due, but another document goes to the customer today
    /// (`PlannedDocument.Kind`) or went today already (nil).
    case otherDocumentToday(LevelStep, PlannedDocument.Kind?)
    /// A pause or dispute stops it (the item's or the customer's).
    case held(Hold)
    /// The customer promised to pay: nobody reminds them through `until`.
    case promised(promiseID: String, until: LocalDate)
    /// The item is part of a running payment arrangement.
    case inArrangement(arrangementID: String)
    /// The item is never reminded (accounting information, …): the item's own reason.
    case notDunnable(String)
    /// The next level is due, but the customer's overdue amount in this currency is below the
    /// schedule's minimum.
    case belowMinimum(LevelStep, overdue: Money, minimum: Money)
    /// The next level is due, but the document is listed for a person instead.
    case inReview(LevelStep?, [ReviewReason])
    /// The last level of the schedule has been sent; nothing follows.
    case lastLevelSent(level: Int)
    /// The next level hands the claim over to `agency` (the collection issue does this).
    case handoverDue(LevelStep, agency: String)
    /// The schedule has no level for the item (no levels, or only a courtesy reminder and the
    /// item is already due).
    case noLevel
  }

  public var itemNumber: String
  public var customerID: String
  public var currency: Currency
  /// Days past the due date on the run's date; negative before it.
  public var daysOverdue: Int
  /// The schedule the item follows and why; nil where the decision came before the choice.
  public var schedule: ScheduleChoice?
  public var outcome: Outcome

  public init(
    itemNumber: String, customerID: String, currency: Currency, daysOverdue: Int,
    schedule: ScheduleChoice?, outcome: Outcome
  ) {
    self.itemNumber = itemNumber
    self.customerID = customerID
    self.currency = currency
    self.daysOverdue = daysOverdue
    self.schedule = schedule
    self.outcome = outcome
  }
}
