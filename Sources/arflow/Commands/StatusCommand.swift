import ArgumentParser
import Foundation
import Ledger
import Pipeline
import Receivables

/// `arflow status`: what is open, overdue and processed.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show open items, the overdue total, files and the last run.")

  @OptionGroup var options: WorkspaceOptions

  @Flag(name: .long, help: "Print one JSON object (stable field names) for scripts.")
  var json = false

  func run() throws {
    let workspace = try options.initialisedWorkspace()
    let status = try PipelineRun.openLedger(of: workspace).status(asOf: options.date())
    let waiting = workspace.waitingFiles()
    let warnings = workspace.configurationWarnings()
    if json {
      var object = StatusJSON(status, waiting: waiting.inbox.count + waiting.claimed.count)
      object.warnings = warnings
      print(try object.encoded())
      return
    }
    for warning in warnings { print("Warning: \(warning)") }
    print("Open items:            \(status.openItems)")
    print("Open amount:           \(Self.amounts(status.openAmount))")
    print("Overdue amount:        \(Self.amounts(status.overdueAmount))")
    print(
      "Payments:              \(status.payments) (\(status.unallocatedPayments) not fully allocated)"
    )
    print(
      "Files:                 \(status.filesProcessed) processed, \(status.filesFailed) failed, \(status.filesDuplicate) duplicate"
    )
    for day in status.recentFiles {
      print(
        "  \(day.date.iso8601):          \(day.processed) processed, \(day.failed) failed, \(day.duplicates) duplicate"
      )
    }
    print(
      "Waiting:               \(waiting.inbox.count) in inbox/, \(waiting.claimed.count) claimed in inbox/.work/"
    )
    for name in waiting.inbox + waiting.claimed { print("  \(name)") }
    if let run = status.lastRun {
      print("Last run:              as of \(run.asOf.iso8601), finished \(run.finishedAt)")
    } else {
      print("Last run:              none yet")
    }
  }

  static func amounts(_ amounts: [Currency: Money]) -> String {
    guard !amounts.isEmpty else { return "0" }
    return amounts.keys.sorted().compactMap { amounts[$0] }.map {
      "\($0.decimalString) \($0.currency.code)"
    }
    .joined(separator: ", ")
  }
}

/// The `status --json` object. Its field names are an interface: keep them stable.
struct StatusJSON: Encodable {
  struct Files: Encodable {
    var processed: Int
    var failed: Int
    var duplicates: Int
  }
  var openItems: Int
  var openAmount: [String: String]
  var overdueAmount: [String: String]
  var payments: Int
  var unallocatedPayments: Int
  var files: Files
  var lastRun: String?
  /// Files in inbox/ and inbox/.work/ not processed yet.
  var waiting: Int
  /// Configuration an operator should fix (no bankAccounts in company.yaml).
  var warnings: [String] = []

  init(_ status: LedgerStatus, waiting: Int) {
    self.waiting = waiting
    openItems = status.openItems
    openAmount = status.openAmount.reduce(into: [:]) { $0[$1.key.code] = $1.value.decimalString }
    overdueAmount = status.overdueAmount.reduce(into: [:]) {
      $0[$1.key.code] = $1.value.decimalString
    }
    payments = status.payments
    unallocatedPayments = status.unallocatedPayments
    files = Files(
      processed: status.filesProcessed, failed: status.filesFailed,
      duplicates: status.filesDuplicate)
    lastRun = status.lastRun?.asOf.iso8601
  }

  func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
