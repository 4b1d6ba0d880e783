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
  /// Reminder batches written to the outbox: id, folder (relative), letters.
  public var batches: [(id: String, folder: String, letters: Int, customers: [String])] = []
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
  public var summary: String {
    let processed = files.filter { $0.result == .processed || $0.result == .partiallyProcessed }
    let letters = batches.reduce(0) { $0 + $1.letters }
    let settled = "\(reconciliation.summary); \(letters) letters"
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
