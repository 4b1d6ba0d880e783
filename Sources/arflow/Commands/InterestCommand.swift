import ArgumentParser
import Foundation
import Pipeline

/// `arflow interest AMOUNT --due DATE --until DATE --rule RULE`: statutory late-payment interest,
/// period by period, computed by the same calculator dunning uses.
struct InterestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "interest",
    abstract: "Compute statutory late-payment interest on an amount, period by period.",
    discussion: """
      Interest runs from the day after the due date up to and including --until; the time is \
      split at every rate change (and, for the Dutch rules, every anniversary, when the year's \
      interest joins the base); each period is rounded half-up to the cent. Rules: nl-b2b, \
      nl-b2c, de-b2b, de-b2c, eu-b2b, be-b2b, fr-b2b, uk-b2b. In a workspace the rate tables of \
      its mappings/rates/ are used, elsewhere the built-in ones.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The principal, as a decimal with a point: 1250.00")
  var amount: String

  @Option(help: "The due date (YYYY-MM-DD); interest starts the day after.")
  var due: String

  @Option(help: "The last day interest runs, included (YYYY-MM-DD).")
  var until: String

  @Option(help: "The rule: nl-b2b, nl-b2c, de-b2b, de-b2c, eu-b2b, be-b2b, fr-b2b, uk-b2b.")
  var rule: String

  @Option(help: "The currency (ISO 4217); default GBP for uk-b2b, else EUR.")
  var currency: String?

  @Option(name: .customLong("day-count"), help: "act/365 (default), act/act or 30/360.")
  var dayCount = "act/365"

  @Flag(help: "Print one JSON object (stable field names) for scripts.")
  var json = false

  func validate() throws {
    for (name, text) in [("--due", due), ("--until", until)]
    where (try? LocalDate(iso8601: text)) == nil {
      throw ValidationError("\(name) '\(text)' is not a date; write it as YYYY-MM-DD")
    }
  }

  func run() throws {
    let calculator = try ChargeCalculator.load(workspace: options.workspaceFolder.root)
    let statement = try calculator.interest(
      amount: amount, currency: currency ?? ChargeCalculator.usualCurrency(of: rule),
      due: try LocalDate(iso8601: due), until: try LocalDate(iso8601: until), rule: rule,
      dayCount: dayCount)
    if json {
      print(try ChargeReport.json(statement))
    } else {
      print(ChargeReport.text(statement), terminator: "")
    }
  }
}

/// `arflow costs AMOUNT --rule RULE`: statutory collection costs or fixed compensation.
struct CostsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "costs",
    abstract: "Compute statutory collection costs (or the fixed compensation) on an amount.",
    discussion: """
      Rules: nl-wik (the Dutch scale, on the summed principal of the claims in one demand), \
      eu-b2b, de-b2b, fr-b2b (EUR 40 per late invoice), be-b2c (the Belgian consumer cap), \
      uk-b2b (GBP 40, 70 or 100). Each is computed in the currency its law is written in.
      """)

  @Argument(help: "The principal, as a decimal with a point: 1250.00")
  var amount: String

  @Option(help: "The rule: nl-wik, eu-b2b, de-b2b, fr-b2b, be-b2c, uk-b2b.")
  var rule: String

  @Option(help: "The currency (ISO 4217); default: the rule's own (GBP for uk-b2b, else EUR).")
  var currency: String?

  @Flag(help: "Print one JSON object (stable field names) for scripts.")
  var json = false

  func run() throws {
    let statement = try ChargeCalculator.costs(amount: amount, currency: currency, rule: rule)
    if json {
      print(try ChargeReport.json(statement))
    } else {
      print(ChargeReport.text(statement), terminator: "")
    }
  }
}
