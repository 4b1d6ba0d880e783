import ArgumentParser
import Pipeline

/// `arflow items`: the open items, as a table, CSV or JSON.
struct ItemsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "items", abstract: "List the open items (oldest due date first).")

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "Only this customer's items.")
  var customer: String?

  @Flag(help: "Only items past their due date.")
  var overdue = false

  @Flag(help: "Print one JSON array (stable field names) for scripts.")
  var json = false

  @Flag(help: "Print CSV with a header.")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError("choose --json or --csv, not both") }
  }

  func run() throws {
    let pipeline = try PipelineRun.open(
      try options.initialisedWorkspace(), logger: options.logger())
    let items = try ItemsText(
      of: pipeline, asOf: options.date(), customer: customer, overdue: overdue)
    if json {
      print(try items.json())
    } else {
      print(csv ? items.csv : items.text, terminator: "")
    }
  }
}

/// `arflow item NUMBER`: one item and its history.
struct ItemCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "item", abstract: "Show one item and its history (bookings, payments, reminders).")

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The invoice or credit-note number.")
  var number: String

  func run() throws {
    let pipeline = try PipelineRun.open(
      try options.initialisedWorkspace(), logger: options.logger())
    print(try ItemsText.history(of: number, in: pipeline), terminator: "")
  }
}
