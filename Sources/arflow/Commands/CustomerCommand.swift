import ArgumentParser
import Pipeline

/// `arflow customer ID [--json]`: one customer's dunning at a glance.
struct CustomerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "customer",
    abstract:
      "Show one customer: open items and levels, holds, promises, arrangements, documents sent.")

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The customer number.")
  var id: String

  @Flag(help: "Print one JSON object (stable field names) for scripts.")
  var json = false

  func run() throws {
    let pipeline = try PipelineRun.open(
      try options.initialisedWorkspace(), logger: options.logger())
    let text = CustomerText(
      try CustomerAccount(of: pipeline, customerID: id, asOf: options.date()))
    if json {
      print(try text.json())
    } else {
      print(text.text, terminator: "")
    }
  }
}
