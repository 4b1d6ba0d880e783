import Foundation
public import Ledger
import Receivables

/// What `arflow status` shows: open and overdue amounts, payments, files, the last run and
/// what to fix, as text for people or one JSON object for scripts.
public struct StatusText: Sendable {
  let status: LedgerStatus
  let waiting: (inbox: [String], claimed: [String])
  let warnings: [String]
  let dunning: DunningStatus

  /// Reads the status of the workspace's ledger on `date`.
  /// - Throws: `LedgerError` when the ledger cannot be read.
  public init(of pipeline: PipelineRun, asOf date: LocalDate) throws(LedgerError) {
    status = try pipeline.ledger.status(asOf: date)
    waiting = pipeline.workspace.waitingFiles()
    warnings = pipeline.workspace.configurationWarnings()
    dunning = try DunningStatus(ledger: pipeline.ledger, asOf: date)
  }

  /// The JSON object of `status --json` (stable field names).
  public func json() throws -> String {
    var object = StatusJSON(status, waiting: waiting.inbox.count + waiting.claimed.count)
    object.warnings = warnings
    object.dunning = DunningStatusJSON(dunning)
    return try object.encoded()
  }

  /// The status for people.
  public var text: String {
    var lines = warnings.map { "Warning: \($0)" }
    lines.append("Open items:            \(status.openItems)")
    lines.append("Open amount:           \(Self.amounts(status.openAmount))")
    lines.append("Overdue amount:        \(Self.amounts(status.overdueAmount))")
    lines.append(
      "Payments:              \(status.payments) (\(status.unallocatedPayments) not fully allocated)"
    )
    lines.append(
      "Files:                 \(status.filesProcessed) processed, \(status.filesFailed) failed, \(status.filesDuplicate) duplicate"
    )
    for day in status.recentFiles {
      lines.append(
        "  \(day.date.iso8601):          \(day.processed) processed, \(day.failed) failed, \(day.duplicates) duplicate"
      )
    }
    lines.append(
      "Waiting:               \(waiting.inbox.count) in inbox/, \(waiting.claimed.count) claimed in inbox/.work/"
    )
    for name in waiting.inbox + waiting.claimed { lines.append("  \(name)") }
    if !status.unprovenStatements.isEmpty {
      lines.append(
        "Unproven statements:   \(status.unprovenStatements.count) booked although their balances "
          + "do not add up (ask the bank for corrected ones)")
      for stored in status.unprovenStatements {
        lines.append("  \(UnprovenStatementText(stored.statement, file: stored.fileName).line)")
      }
    }
    lines += dunning.lines
    if let run = status.lastRun {
      lines.append("Last run:              as of \(run.asOf.iso8601), finished \(run.finishedAt)")
    } else {
      lines.append("Last run:              none yet")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "1234.56 EUR, 99.00 USD", or "0".
  public static func amounts(_ amounts: [Currency: Money]) -> String {
    guard !amounts.isEmpty else { return "0" }
    return amounts.keys.sorted().compactMap { amounts[$0] }.map {
      "\($0.decimalString) \($0.currency.code)"
    }
    .joined(separator: ", ")
  }

  /// One line for the demo: open items and amounts.
  public var headline: String {
    "\(status.openItems) open items, open \(Self.amounts(status.openAmount)), overdue \(Self.amounts(status.overdueAmount))"
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
  /// Statements booked although their balances do not add up.
  var unprovenStatements: UnprovenStatementsJSON
  /// Levels, holds, promises, arrangements and the last batch's failed documents.
  var dunning: DunningStatusJSON?

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
    unprovenStatements = UnprovenStatementsJSON(status.unprovenStatements)
  }

  func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
