import ArgumentParser
import Foundation
import Ledger
import Pipeline

/// `arflow run`: one pass over the inbox, then reconcile, dun and export.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Process every file in inbox/ once, then match payments and write reminders.")

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    let workspace = options.workspaceFolder
    guard workspace.isInitialised else {
      throw ValidationError(
        "\(workspace.root.path) is not an arflow workspace; run `arflow init` first")
    }
    let ledger = try PipelineRun.openLedger(of: workspace)
    let report = try PipelineRun(workspace: workspace, ledger: ledger, logger: options.logger())
      .run(asOf: options.date())
    print(RunReportText(report: report).text, terminator: "")
    if report.files.contains(where: { $0.result == .failed }) { throw ExitCode(2) }
  }
}
