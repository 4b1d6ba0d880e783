import ArgumentParser
import Pipeline

/// `arflow confirm-snapshot NAME`: book a refused full snapshot that closes many items.
struct ConfirmSnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "confirm-snapshot",
    abstract:
      "Book a full snapshot from inbox/failed/ that was held back because it closes many items.",
    discussion:
      "The items it no longer lists are closed as settled outside arflow, each with a history line."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The file's name in inbox/failed/.")
  var name: String

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "confirm-snapshot")
    defer { lease.release() }
    let outcome = try PipelineRun.open(workspace, logger: options.logger())
      .confirmSnapshot(named: name, on: options.date())
    print("\(outcome.result.words) \(outcome.name): \(outcome.summary)")
    for notice in outcome.notices { print("  note: \(notice)") }
  }
}
