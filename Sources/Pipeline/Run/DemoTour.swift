public import Foundation
import Ledger
public import Receivables

/// The demo after its first run: what a credit manager does between runs (a pause, a dispute, a
/// promise, a payment arrangement) and two later runs, so that the demo shows every level a
/// customer can reach, a broken promise and a missed instalment.
public struct DemoTour {
  /// One thing the credit manager recorded, in words.
  public struct Step: Sendable {
    public var command: String
    public var outcome: String
  }

  /// The days of the later runs: two and four weeks after the first.
  public static let laterRuns = [14, 28]

  let pipeline: PipelineRun

  public init(pipeline: PipelineRun) {
    self.pipeline = pipeline
  }

  /// Records the demo's holds, promise and arrangement on `date`, the first run's day.
  /// - Throws: `LedgerError` when the demo data no longer has the customers it names.
  public func recordHolds(on date: LocalDate) throws -> [Step] {
    let ledger = pipeline.ledger
    var steps: [Step] = []
    try ledger.hold(
      .customer("C1010"), kind: .pause, reason: "sales is agreeing a discount",
      since: date, until: date.adding(days: 30), source: "demo")
    steps.append(
      Step(
        command: "arflow pause --customer C1010 --until \(date.adding(days: 30).iso8601) "
          + "--reason \"sales is agreeing a discount\"",
        outcome: "no reminders to C1010 until then"))
    try ledger.hold(
      .item("2026-0117"), kind: .dispute, reason: "customer says the goods arrived damaged",
      since: date, until: nil, source: "demo")
    steps.append(
      Step(
        command: "arflow dispute --item 2026-0117 --reason \"goods arrived damaged\"",
        outcome: "2026-0117 stays in every total, marked disputed, and is not asked for"))
    let promised = Money(minorUnits: 200_000, currency: .eur)
    try ledger.promise(
      customerID: "C1003", amount: promised, promisedBy: date.adding(days: 7), madeOn: date,
      source: "demo")
    steps.append(
      Step(
        command: "arflow promise --customer C1003 --amount 2000.00 --by "
          + date.adding(days: 7).iso8601,
        outcome: "no reminders to C1003 until then plus grace; no payment comes, so it breaks"))
    let arrangement = try ledger.arrange(
      customerID: "C1006", currency: .eur, itemNumbers: [], count: 3, first: date.adding(days: 7),
      every: .month, madeOn: date, source: "demo")
    steps.append(
      Step(
        command: "arflow arrangement --customer C1006 --instalments 3 --first "
          + date.adding(days: 7).iso8601,
        outcome: "\(arrangement.instalments.count) monthly instalments, each with its own "
          + "reference (first: \(arrangement.instalments.first?.reference.formatted ?? "")); "
          + "the first is missed"))
    return steps
  }

  /// Every document the demo wrote, batch by batch: "2026-11-20-01/001-C1001.pdf C1001 level 1
  /// (reminder)".
  public func documents() throws -> [String] {
    try pipeline.ledger.dunningDocuments().compactMap { batchID, _, document in
      guard let file = document.file else { return nil }
      let level = document.level.map { "level \($0) (\(document.levelName ?? ""))" }
      return "\(batchID)/\(file)  \(document.customerID)  \(level ?? document.kind.rawValue)"
    }
  }
}
