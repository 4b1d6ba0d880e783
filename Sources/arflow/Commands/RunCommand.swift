import ArgumentParser
import Foundation
import Pipeline

/// `arflow run`: one pass over the inbox, then reconcile, dun and export.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Process every file in inbox/ once, then match payments and write reminders.")

  @OptionGroup var options: WorkspaceOptions

  @Option(
    help:
      "Seconds a file must have been unchanged to be read now; newer ones wait for the next run.")
  var settle: Double = 2

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "run")
    defer { lease.release() }
    let report = try PipelineRun.open(workspace, logger: options.logger()).run(
      asOf: options.date(), settle: .milliseconds(Int(max(0, settle) * 1000)))
    print(RunReportText(report: report, verbose: options.verbose).text, terminator: "")
    if report.remindersWithheld != nil { throw ExitCode(ExitStatus.dataOrSetUp) }
    if report.files.contains(where: { $0.result == .failed }) || report.hasFailedDocuments {
      throw ExitCode(ExitStatus.fileFailed)
    }
    if report.files.contains(where: { $0.result == .partiallyProcessed }) {
      throw ExitCode(ExitStatus.rowsRejected)
    }
  }
}
