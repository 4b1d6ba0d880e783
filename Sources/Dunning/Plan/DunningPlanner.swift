public import Receivables

/// Decides a dunning run: which documents go to whom today, and why; a pure function of a
/// ledger snapshot, the policy and the date.
///
/// Never skip, always catch up: an item gets the level after the last one it was sent, when
/// that level's condition holds on the date, one level per run. One document per customer,
/// currency and run holds every item that gets a level now and lists the customer's other
/// overdue items; a customer never gets two documents on one day, and the schedule's minimum
/// days between two documents hold across levels. See the `001-Schedules` article.
public enum DunningPlanner {
  /// The plan of a run on `date`.
  /// - Parameters:
  ///   - snapshot: the ledger's open items, customers, history, holds, promises, arrangements,
  ///     unplaced payments, suggestions and returned direct debits.
  ///   - policy: the schedules and rules of `mappings/policy.yaml`.
  ///   - date: the run's date (`--as-of`).
  public static func plan(
    snapshot: DunningSnapshot, policy: DunningPolicy, on date: LocalDate
  ) -> DunningPlan {
    var run = PlanningRun(snapshot: snapshot, policy: policy, date: date)
    for customerID in run.index.customerIDs { run.plan(customerID: customerID) }
    return DunningPlan(
      asOf: date, documents: run.documents, review: run.review, decisions: run.decisions,
      changes: run.changes)
  }
}
