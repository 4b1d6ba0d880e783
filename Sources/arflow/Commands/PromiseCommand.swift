import ArgumentParser
import Pipeline

/// `arflow promise --customer ID --amount 500.00 [--currency EUR] --by DATE [--item NUMBER …]`.
struct PromiseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "promise",
    abstract: "Record a customer's promise to pay an amount by a date.",
    discussion: """
      No reminders go to the customer until the date plus the policy's grace days. The promise \
      is kept when payments reach the amount by then, broken otherwise (dunning then resumes \
      at the next level). It is made on --as-of (default today).
      """)

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The customer number.")
  var customer: String

  @Option(help: "The amount promised, like 500.00.")
  var amount: String

  @Option(help: "Its currency (default: that of the customer's open items).")
  var currency: String?

  @Option(help: "The date the customer promised to pay by (YYYY-MM-DD).")
  var by: String

  @Option(name: .customLong("item"), help: "An item the promise covers (repeat for several).")
  var items: [String] = []

  func validate() throws {
    try DateOption.check(by, "--by")
    if (try? Money(decimal: amount, currency: .eur)) == nil {
      throw ValidationError("--amount '\(amount)' is not an amount; write it like 500.00")
    }
    if let currency, (try? Currency(code: currency.uppercased())) == nil {
      throw ValidationError("--currency '\(currency)' is not a currency code like EUR")
    }
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "promise")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    print(
      try pipeline.promise(
        customer: customer, amount: amount, currency: currency, by: try DateOption.date(by),
        items: items, on: options.date()),
      terminator: "")
  }
}
