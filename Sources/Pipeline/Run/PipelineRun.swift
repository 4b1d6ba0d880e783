import Dunning
import Exporter
import Foundation
public import Ledger
public import Logging
import Normalizer
public import Receivables
import Reconciler

/// One pass of the whole flow on a date: inbox → ledger → reconciliation → dunning → outbox.
public struct PipelineRun: Sendable {
  public let workspace: Workspace
  public let ledger: Ledger
  public let logger: Logger

  public init(workspace: Workspace, ledger: Ledger, logger: Logger) {
    self.workspace = workspace
    self.ledger = ledger
    self.logger = logger
  }

  /// Opens the workspace's ledger.
  public static func openLedger(of workspace: Workspace) throws(PipelineError) -> Ledger {
    do {
      return try Ledger(path: workspace.ledgerFile.path)
    } catch {
      throw PipelineError(error.message, fix: "check \(workspace.ledgerFile.path)")
    }
  }

  /// Processes every waiting inbox file, then reconciles, duns and writes the letters.
  /// - Throws: `PipelineError` when a step cannot run at all (a broken mapping or policy, an
  ///   unwritable outbox); bad input files never throw, they end in `inbox/failed/`.
  public func run(asOf date: LocalDate) throws(PipelineError) -> RunReport {
    var report = RunReport(asOf: date)
    let mappings: [SourceMapping]
    do {
      mappings = try SourceMapping.loadAll(from: workspace.sourceMappings)
    } catch {
      throw PipelineError(error.description, fix: "correct the mapping in mappings/sources/")
    }
    let policy: DunningPolicy
    let creditor: CreditorProfile
    do {
      policy = try DunningPolicy.load(from: workspace.policyFile)
      creditor = try CreditorProfile.load(from: workspace.companyFile)
    } catch let error as DunningPolicyError {
      throw PipelineError(error.description, fix: "correct mappings/policy.yaml")
    } catch {
      throw PipelineError("\(error)", fix: "correct mappings/company.yaml")
    }
    do {
      let run = try ledger.beginRun(asOf: date)
      let ingestion = InboxIngestion(
        workspace: workspace, ledger: ledger, reading: FileReading(mappings: mappings),
        logger: logger)
      report.files = try ingestion.ingestAll(on: date)
      report.allocations = try Reconciliation(ledger: ledger).run(on: date, run: run)
      logger.info("reconciled", metadata: ["run.allocations": "\(report.allocations.count)"])
      _ = try DunningRun(policy: policy).record(in: ledger, on: date, run: run)
      let export = ReminderBatchExport(
        ledger: ledger,
        composer: ReminderLetterComposer(
          creditor: creditor, templatesDirectory: workspace.templates),
        remindersFolder: workspace.reminders)
      for written in try export.writePendingBatches(on: date) {
        report.batches.append(
          (
            written.batchID, "outbox/reminders/\(written.batchID)", written.letters.count,
            written.letters.map(\.customer.name)
          ))
        logger.info(
          "reminder batch written",
          metadata: ["batch.id": "\(written.batchID)", "batch.letters": "\(written.letters.count)"])
      }
      try ledger.finishRun(run, summary: report.summary)
    } catch let error as PipelineError {
      throw error
    } catch let error as LedgerError {
      throw PipelineError(
        error.description, fix: "check the ledger at \(workspace.ledgerFile.path)")
    } catch let error as ExportError {
      throw PipelineError(error.message, fix: error.fix)
    } catch {
      throw PipelineError("\(error)", fix: "see the log")
    }
    return report
  }
}
