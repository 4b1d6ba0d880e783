import ArgumentParser
import Pipeline

/// `arflow arrangement --customer ID [--item NUMBER…] --instalments N --first DATE
/// [--every month|N days] [--currency EUR]`.
struct ArrangementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "arrangement",
    abstract:
      "Record a payment arrangement: items paid in instalments, each with its own RF reference.",
    discussion: """
      The items (default: every open invoice of the customer) leave normal dunning; a missed \
      instalment gets its own reminder. Prints the instalments with due dates, amounts and \
      references.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The customer number.")
  var customer: String

  @Option(name: .customLong("item"), help: "An item the arrangement covers (repeat for several).")
  var items: [String] = []

  @Option(help: "The number of instalments.")
  var instalments: Int

  @Option(help: "The due date of the first instalment (YYYY-MM-DD).")
  var first: String

  @Option(help: "How often instalments fall due: month, or a number of days (\"14 days\").")
  var every: String = "month"

  @Option(help: "The currency of the items (needed when the customer owes in several).")
  var currency: String?

  func validate() throws {
    try DateOption.check(first, "--first")
    guard instalments >= 1 else {
      throw ValidationError("--instalments must be 1 or more, not \(instalments)")
    }
    guard let interval = PaymentArrangement.Interval(every) else {
      throw ValidationError("--every '\(every)' is neither month nor a number of days like 14")
    }
    if case .days(let days) = interval, days < 1 {
      throw ValidationError("--every must be at least 1 day")
    }
    if let currency, (try? Currency(code: currency.uppercased())) == nil {
      throw ValidationError("--currency '\(currency)' is not a currency code like EUR")
    }
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "arrangement")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    print(
      try pipeline.arrange(
        customer: customer, items: items, instalments: instalments,
        first: try DateOption.date(first), every: PaymentArrangement.Interval(every) ?? .month,
        currency: currency, on: options.date()),
      terminator: "")
  }
}
