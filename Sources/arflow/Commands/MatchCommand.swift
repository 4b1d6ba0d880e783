import ArgumentParser
import Pipeline

/// `arflow match`: reconcile the ledger's payments with its open items and write the files.
struct MatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match",
    abstract: "Match unallocated payments to open items and write outbox/reconciliation/ files.")

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: "Explain every allocation and list every suggestion.")
  var explain = false

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "match")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    let (outcome, files) = try pipeline.reconcile(
      asOf: options.date(), policy: try pipeline.loadReconciliationPolicy())
    print(
      ReconciliationText(outcome: outcome, files: files, explain: explain).text, terminator: "")
  }
}

/// `arflow allocate PAYMENT ITEM [AMOUNT]`: a person's allocation, recorded in history.
struct AllocateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "allocate",
    abstract: "Allocate a payment (its bank reference) to an open invoice by hand.",
    discussion:
      "The amount defaults to as much as both have left. The payer's IBAN is learned as the invoice's customer's."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The payment's bank reference, as arflow match lists it.")
  var payment: String

  @Argument(help: "The invoice number.")
  var item: String

  @Argument(help: "The amount to allocate, e.g. 120.50 (default: as much as both have left).")
  var amount: String?

  func validate() throws {
    if let amount, (try? Money(decimal: amount, currency: .eur)) == nil {
      throw ValidationError("'\(amount)' is not an amount; write it like 120.50")
    }
  }

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "allocate")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    for line in try pipeline.allocate(
      payment: payment, item: item, amount: amount, on: options.date())
    {
      print(line)
    }
  }
}

/// `arflow unallocate PAYMENT [ITEM]`: take a person's or a rule's allocation back.
struct UnallocateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unallocate",
    abstract: "Take back what a payment allocated (to one item, or to all); history keeps both.",
    discussion:
      "The payment is then left to a person: the rules do not allocate it again. An IBAN it taught is forgotten."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The payment's bank reference.")
  var payment: String

  @Argument(help: "Only the allocation to this item (default: all of the payment's).")
  var item: String?

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let lease = try workspace.lease(for: "unallocate")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: options.logger())
    for line in try pipeline.unallocate(payment: payment, item: item, on: options.date()) {
      print(line)
    }
  }
}
