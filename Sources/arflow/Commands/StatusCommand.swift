import ArgumentParser
import Pipeline

/// `arflow status`: what is open, overdue and processed.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show open items, the overdue total, files and the last run.")

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: "Print one JSON object (stable field names) for scripts.")
  var json = false

  func run() throws {
    let pipeline = try PipelineRun.open(
      try options.initialisedWorkspace(), logger: options.logger())
    let status = try StatusText(of: pipeline, asOf: options.date())
    if json {
      print(try status.json())
    } else {
      print(status.text, terminator: "")
    }
  }
}
