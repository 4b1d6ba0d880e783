import Dunning
import Foundation
public import Receivables

extension PipelineRun {
  /// `arflow dun --dry-run`: what a run on `date` would send, from the ledger as it is, without
  /// recording or writing anything (payments not yet reconciled are not taken into account).
  /// - Parameters:
  ///   - json: the plan as JSON (stable field names) instead of text.
  ///   - decisions: include every item's decision, also those that send nothing.
  /// - Throws: `DunningPolicyError` for a wrong policy, `LedgerError`.
  public func dunningPlan(asOf date: LocalDate, json: Bool, decisions: Bool) throws -> String {
    let policy = try DunningPolicy.load(from: workspace.policyFile)
    let snapshot = try DunningSnapshot.read(from: ledger)
    let plan = DunningPlanner.plan(snapshot: snapshot, policy: policy, on: date)
    guard json else { return plan.text(decisions: decisions) }
    return String(decoding: try plan.json(decisions: decisions), as: UTF8.self) + "\n"
  }
}
