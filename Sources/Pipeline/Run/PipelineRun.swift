import Configuration
import Dunning
public import Exporter
public import Foundation
public import Ledger
public import Logging
import Normalizer
public import Receivables
public import Reconciler
public import Watcher

/// The whole flow on a date: inbox → ledger → reconciliation → dunning → outbox.
///
/// `arflow run` does it all in one pass; `arflow watch` ingests files as they arrive and
/// settles (reconciles, duns, exports) at its daily dunning time.
public struct PipelineRun: Sendable {
  public let workspace: Workspace
  public let ledger: Ledger
  public let logger: Logger

  public init(workspace: Workspace, ledger: Ledger, logger: Logger) {
    self.workspace = workspace
    self.ledger = ledger
    self.logger = logger
  }

  /// The pipeline of a workspace, with its ledger opened.
  /// - Throws: `LedgerError` `cannotOpen`.
  public static func open(_ workspace: Workspace, logger: Logger) throws(LedgerError) -> PipelineRun
  {
    PipelineRun(workspace: workspace, ledger: try openLedger(of: workspace), logger: logger)
  }

  /// Opens the workspace's ledger.
  /// - Throws: `LedgerError` `cannotOpen`.
  public static func openLedger(of workspace: Workspace) throws(LedgerError) -> Ledger {
    let hook: @Sendable () -> Void = { CrashPoint.insideCommit.reached() }
    return try Ledger(path: workspace.ledgerFile.path, insideFileCommit: hook)
  }

  /// Processes every waiting inbox file, then reconciles, duns and writes the letters.
  /// - Throws: the `ExplainedError` of a step that cannot run at all (a broken mapping or
  ///   policy, an unwritable outbox, the ledger); bad input files never throw, they end in
  ///   `inbox/failed/`.
  /// - Parameter settle: how long a file must have been unchanged to be read (files still being
  ///   written are left for the next run).
  public func run(asOf date: LocalDate, settle: Duration = .seconds(2)) throws -> RunReport {
    let files = try ingestion().ingestAll(on: date, settings: WatchSettings(settle: settle))
    return try self.settle(asOf: date, files: files)
  }

  /// Finishes the files an interrupted process left in `inbox/.work/`.
  public func sweep(asOf date: LocalDate) throws -> [FileOutcome] {
    try ingestion().sweep(on: date)
  }

  /// Claims and ingests one stable file from the inbox; nil when another process took it first.
  public func ingest(_ file: StableFile, asOf date: LocalDate) throws -> FileOutcome? {
    try ingestion().ingestWaiting(file, on: date)
  }

  /// Reconciles payments, decides reminders and writes every pending reminder batch, as one run.
  /// - Parameter files: what the run ingested before, for its report.
  /// - Throws: the step's own `ExplainedError` (`ConfigurationError`, `DunningPolicyError`,
  ///   `LedgerError`, `ExportError`, `ReconciliationError`).
  /// - Parameter approving: `arflow dun --approve BATCH`: send the documents of the batch that
  ///   waited for approval (and only those).
  public func settle(asOf date: LocalDate, files: [FileOutcome] = [], approving: String? = nil)
    throws -> RunReport
  {
    var report = RunReport(asOf: date)
    report.files = files
    let reconciliationPolicy = try loadReconciliationPolicy()
    let policy = try DunningPolicy.load(from: workspace.policyFile)
    let run = try ledger.beginRun(asOf: date)
    (report.reconciliation, report.reconciliationFiles) = try reconcile(
      asOf: date, run: run, policy: reconciliationPolicy)
    guard let creditor = try creditorForLetters(&report) else {
      try ledger.finishRun(run, summary: report.summary)
      return report
    }
    let dunning = try dunningRun(policy: policy, creditor: creditor).run(
      on: date, run: run, approving: approving)
    for document in dunning.written {
      logger.info(
        "reminder written",
        metadata: [
          "batch.id": "\(dunning.batch?.id ?? "")", "document.file": "\(document.file ?? "")",
          "customer.id": "\(document.customerID)",
        ])
    }
    for document in dunning.failed {
      logger.warning(
        "reminder not written",
        metadata: ["customer.id": "\(document.customerID)", "reason": "\(document.reason ?? "")"])
    }
    report.dunning = dunning
    try ledger.finishRun(run, summary: report.summary)
    return report
  }

  /// The Dunning stage with the workspace's policy, templates and outbox.
  func dunningRun(policy: DunningPolicy, creditor: Creditor) -> DunningRun {
    DunningRun(
      ledger: ledger, policy: policy,
      composer: ReminderLetterComposer(creditor: creditor, templatesDirectory: workspace.templates),
      folder: workspace.reminders, homeCountry: creditor.countryCode)
  }

  /// The creditor letters come from; nil (with the reason in the report) while the required
  /// fields of `company.yaml` are still empty.
  /// - Throws: `ConfigurationError` for a misspelt key or a wrong value.
  private func creditorForLetters(_ report: inout RunReport) throws(ConfigurationError) -> Creditor?
  {
    let missing = try workspace.missingCreditorFields()
    guard missing.isEmpty else {
      report.remindersWithheld =
        "mappings/company.yaml is incomplete: \(missing.joined(separator: ", ")) "
        + (missing.count == 1 ? "is" : "are")
        + " empty; fill in your company's details (arflow doctor checks the file)"
      return nil
    }
    return try workspace.creditor()
  }

  /// Reconciles the ledger and writes the reconciliation files (`arflow match`, and every run).
  /// - Returns: what was booked and left, and the files written (relative to the workspace).
  /// - Throws: `LedgerError` or `ExportError`.
  public func reconcile(asOf date: LocalDate, run: RunID? = nil, policy: ReconciliationPolicy)
    throws -> (ReconciliationOutcome, [String])
  {
    let outcome = try Reconciliation(ledger: ledger, policy: policy).run(on: date, run: run)
    logger.info(
      "reconciled",
      metadata: [
        "run.allocations": "\(outcome.allocations.count)",
        "run.unmatched": "\(outcome.unmatched.count)",
      ])
    return (outcome, try writeReconciliationFiles())
  }

  /// Writes the files of every reconciliation not yet written.
  public func writeReconciliationFiles() throws(ExportError) -> [String] {
    try ReconciliationFiles(ledger: ledger, folder: workspace.reconciliationFolder)
      .writePending().map { "outbox/reconciliation/\($0.lastPathComponent)" }
  }

  /// The workspace's reconciliation policy (defaults when the file is missing).
  public func loadReconciliationPolicy() throws(ReconciliationError) -> ReconciliationPolicy {
    try ReconciliationPolicy.load(from: workspace.reconciliationPolicyFile)
  }

  /// - Throws: `NormalizerError` for a broken mapping, `PipelineError` for the schemas,
  ///   `ConfigurationError` for `company.yaml`, `ReconciliationError` for
  ///   `reconciliation.yaml` (its `statements: balanceMismatch:`).
  func ingestion() throws -> InboxIngestion {
    let mappings = try MappingCache.shared.mappings(in: workspace.sourceMappings)
    var reading = FileReading(
      mappings: mappings, schemas: try SchemaCache.shared.schemas(in: workspace.schemas))
    reading.ownAccounts = try workspace.ownBankAccounts()
    reading.balanceMismatch = try loadReconciliationPolicy().balanceMismatch
    return InboxIngestion(
      workspace: workspace, ledger: ledger, reading: reading, logger: logger)
  }
}
