public import Receivables
public import Reconciler

/// What one `arflow run` did: files, matches, reminders.
public struct RunReport: Sendable {
  public var asOf: LocalDate
  public var files: [FileOutcome] = []
  /// What reconciliation booked and left for a person.
  public var reconciliation = ReconciliationOutcome()
  /// The reconciliation files written (relative to the workspace).
  public var reconciliationFiles: [String] = []
  /// What the Dunning stage did: the batch written, documents failed or waiting for approval,
  /// what a person must look at; nil when it did not run.
  public var dunning: DunningOutcome?
  /// Why no reminders were decided or written at all (the creditor in `company.yaml` is
  /// incomplete); nil when dunning ran.
  public var remindersWithheld: String?

  public init(asOf: LocalDate) {
    self.asOf = asOf
  }

  /// The statements this run booked although their balances do not add up, with their file.
  public var unprovenStatements: [(file: String, statement: UnprovenStatement)] {
    files.flatMap { file in file.unprovenStatements.map { (file.name, $0) } }
  }

  /// One line for the ledger's run record.
  /// The folder of the reminder batch the run wrote, relative to the workspace
  /// ("outbox/reminders/2026-11-20-01"); nil when it wrote none.
  public var reminderFolder: String? {
    dunning?.batch.map { "outbox/reminders/\($0.id)" }
  }

  /// Whether a document of the run's batch could not be made (the run exits 2).
  public var hasFailedDocuments: Bool { !(dunning?.failed.isEmpty ?? true) }

  public var summary: String {
    let processed = files.filter { $0.result == .processed || $0.result == .partiallyProcessed }
    let documents = dunning?.written.count ?? 0
    let failed = dunning?.failed.count ?? 0
    let settled =
      "\(reconciliation.summary); \(documents) documents"
      + (failed == 0 ? "" : ", \(failed) failed")
    guard !files.isEmpty else { return settled }
    let unproven = unprovenStatements.count
    return
      "\(processed.count) files processed, \(files.filter { $0.result == .failed }.count) failed, "
      + "\(files.filter { $0.result == .duplicate }.count) duplicate; "
      + (unproven == 0
        ? "" : "\(unproven) \(unproven == 1 ? "statement" : "statements") booked unproven; ")
      + settled
  }
}
