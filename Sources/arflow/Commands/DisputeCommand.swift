import ArgumentParser
import Pipeline

/// `arflow dispute --item NUMBER --reason TEXT`.
struct DisputeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dispute",
    abstract: "Mark an item disputed: no reminders; it stays in every total, marked disputed.",
    discussion: "arflow resume --item NUMBER ends the dispute.")

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The invoice the customer contests.")
  var item: String

  @Option(help: "What the customer contests, in a few words.")
  var reason: String

  func validate() throws {
    try ReasonOption.check(reason)
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "dispute")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    print(try pipeline.dispute(item: item, reason: reason, on: options.date()), terminator: "")
  }
}
