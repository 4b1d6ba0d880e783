import ArgumentParser
import Pipeline

/// `arflow pause (--item NUMBER | --customer ID) [--until DATE] --reason TEXT`.
struct PauseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pause",
    abstract: "Stop reminders for an item or a customer, until a date or until resumed.",
    discussion: "The pause starts on --as-of (default today) and is kept in the item's history.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var target: HoldScopeOptions

  @Option(help: "The last day of the pause (YYYY-MM-DD); without it, until arflow resume.")
  var until: String?

  @Option(help: "Why reminders stop, in a few words.")
  var reason: String

  func validate() throws {
    try DateOption.check(until, "--until")
    try ReasonOption.check(reason)
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "pause")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    print(
      try pipeline.pause(
        target.scope, until: try until.map(DateOption.date), reason: reason, on: options.date()),
      terminator: "")
  }
}
