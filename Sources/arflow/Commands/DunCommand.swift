import ArgumentParser
import Foundation
import Pipeline

/// `arflow dun`: the dunning part of a run (after reconciling), shown as a plan, run, or
/// approved.
struct DunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dun",
    abstract: "Decide and write today's reminders; --dry-run shows the plan without sending.",
    discussion: """
      Reconciles payments first, as arflow run does, then writes the documents due on --as-of \
      into outbox/reminders/BATCH/. With --dry-run nothing is recorded or written: the plan is \
      printed with the reason for every document and for every customer left for a person. \
      Schedules with `review: true` wait as a batch until arflow dun --approve BATCH.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .customLong("dry-run"), help: "Print the plan; record and write nothing.")
  var dryRun = false

  @Flag(name: .long, help: "With --dry-run: print the plan as JSON (stable field names).")
  var json = false

  @Option(name: .long, help: "Send the documents of a batch that waits for approval.")
  var approve: String?

  func validate() throws {
    if json && !dryRun { throw ValidationError("--json goes with --dry-run") }
    if dryRun && approve != nil { throw ValidationError("--approve sends; leave out --dry-run") }
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    if dryRun {
      print(
        try pipeline.dunningPlan(
          asOf: options.date(), json: json, decisions: json || options.verbose),
        terminator: "")
      return
    }
    let lease = try workspace.lease(for: "run")
    defer { lease.release() }
    let report = try pipeline.settle(asOf: options.date(), approving: approve)
    print(RunReportText(report: report, verbose: options.verbose).text, terminator: "")
    if report.remindersWithheld != nil { throw ExitCode(ExitStatus.dataOrSetUp) }
    if report.hasFailedDocuments { throw ExitCode(ExitStatus.fileFailed) }
  }
}
