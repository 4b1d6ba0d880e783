import ArgumentParser
import Foundation
import Ledger
import Pipeline
import Receivables
import Reconciler
import Watcher

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
    let lock = try WorkspaceLock.acquire(at: workspace.lockFile, purpose: "match")
    defer { lock.release() }
    let pipeline = PipelineRun(
      workspace: workspace, ledger: try PipelineRun.openLedger(of: workspace),
      logger: options.logger())
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
    let lock = try WorkspaceLock.acquire(at: workspace.lockFile, purpose: "allocate")
    defer { lock.release() }
    let ledger = try PipelineRun.openLedger(of: workspace)
    let date = options.date()
    var money: Money?
    if let amount, let currency = try ledger.item(number: item)?.currency {
      money = try Money(decimal: amount, currency: currency)
    }
    do {
      let allocation = try ManualAllocation(ledger: ledger).allocate(
        payment: payment, item: item, amount: money, on: date)
      print(
        "allocated \(allocation.amount.decimalString) \(allocation.amount.currency.code) of payment \(payment) to \(item)"
      )
    } catch { throw ValidationError(error.description) }
    let pipeline = PipelineRun(workspace: workspace, ledger: ledger, logger: options.logger())
    for file in try pipeline.writeReconciliationFiles() { print("  wrote \(file)") }
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
    let lock = try WorkspaceLock.acquire(at: workspace.lockFile, purpose: "unallocate")
    defer { lock.release() }
    let ledger = try PipelineRun.openLedger(of: workspace)
    do {
      let undone = try ManualAllocation(ledger: ledger).unallocate(
        payment: payment, item: item, on: options.date())
      for allocation in undone {
        print(
          "took back \(allocation.amount.decimalString) \(allocation.amount.currency.code) of payment \(payment) from \(allocation.itemNumber) (\(allocation.rule))"
        )
      }
    } catch { throw ValidationError(error.description) }
    let pipeline = PipelineRun(workspace: workspace, ledger: ledger, logger: options.logger())
    for file in try pipeline.writeReconciliationFiles() { print("  wrote \(file)") }
  }
}
