import ArgumentParser
import Pipeline

/// `arflow resume (--item NUMBER | --customer ID) [--reason TEXT]`.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "End the pauses and disputes of an item or a customer: reminders follow again.",
    discussion: "Reminders resume on --as-of (default today) at the level after the last sent.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var target: HoldScopeOptions

  @Option(help: "Why reminders resume.")
  var reason: String = "resumed"

  func validate() throws {
    try ReasonOption.check(reason)
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "resume")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    print(try pipeline.resume(target.scope, reason: reason, on: options.date()), terminator: "")
  }
}
