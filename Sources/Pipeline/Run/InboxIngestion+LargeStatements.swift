import DurableFiles
import Foundation
import Ledger
import Normalizer
import Parsers
import Receivables

extension InboxIngestion {
  /// Whether a file is a camt statement too large to hold: it is imported streaming.
  func isLargeCamt(_ file: InboxFile) -> Bool {
    guard file.isLarge, let handle = try? FileHandle(forReadingFrom: file.url) else {
      return false
    }
    defer { try? handle.close() }
    let head = String(decoding: (try? handle.read(upToCount: 16 << 10)) ?? Data(), as: UTF8.self)
    return ["BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn"].contains {
      head.contains($0)
    }
  }

  /// Imports a large camt file with flat memory, in two streaming passes: the first checks each
  /// statement (own account, readable entries, opening + booked entries = closing) without
  /// keeping its entries, the second stores the payments of the statements that may be booked
  /// (those that do not add up are marked unproven, unless `balanceMismatch` is `refuse`), in
  /// one transaction with the file's hash.
  func importLargeCamt(_ file: InboxFile, on date: LocalDate) throws -> FileOutcome {
    let normalizer = StatementNormalizer(ownAccounts: reading.ownAccounts)
    var refusals: [Int: RejectedRecord] = [:]
    var unproven: [UnprovenStatement] = []
    var statements = 0
    var proof: StatementReading?
    do {
      try CamtReader.stream(
        contentsOf: file.url, file: file.name,
        statement: { statement in
          statements += 1
          if let refusal = normalizer.accountRefusal(statement, file: file.name) {
            refusals[statements - 1] = refusal
            proof = nil
          } else {
            proof = StatementReading(statement, file: file.name)
          }
        },
        entry: { entry in _ = proof?.add(entry) },
        finished: { _ in
          switch proof?.finish(balanceMismatch: reading.balanceMismatch) {
          case .refused(let refusal)?: refusals[statements - 1] = refusal
          case .unproven(let statement)?: unproven.append(statement)
          case .proven?, nil: break
          }
        })
    } catch let error as ParseError {
      return try fail(file, FileRejection(kind: .bankStatement, error), on: date)
    }
    let rejected = refusals.keys.sorted().compactMap { refusals[$0] }
    if statements > 0, rejected.count == statements {
      return try fail(
        file,
        FileRejection(
          kind: .bankStatement, message: FileReading.summary(of: rejected.map(\.reason)),
          location: rejected.first?.location.element, fix: rejected.first?.fix ?? ""),
        on: date)
    }
    var header = FileImport(
      sha256: file.sha256, name: file.name, kind: .bankStatement, processedOn: date,
      rejected: rejected.count)
    header.unprovenStatements = unproven
    let stored = try ledger.commitStreaming(header) { sink in
      var index = -1
      var current: StatementReading?
      try CamtReader.stream(
        contentsOf: file.url, file: file.name,
        statement: { statement in
          index += 1
          current = refusals[index] == nil ? StatementReading(statement, file: file.name) : nil
        },
        entry: { entry in
          // Mutated in place: a copy would copy the statement's identity table per entry.
          guard let read = current?.add(entry), read.booked else { return }
          for payment in read.payments { try sink.store(payment) }
        },
        finished: { _ in })
    }
    var normalized = NormalizedFile(kind: .bankStatement, readAs: "camt (streamed)")
    normalized.rejected = rejected
    normalized.unprovenStatements = unproven
    return try finishStreamed(file, normalized, stored, on: date)
  }

  private func finishStreamed(
    _ file: InboxFile, _ normalized: NormalizedFile, _ stored: ImportSummary, on date: LocalDate
  ) throws -> FileOutcome {
    CrashPoint.afterCommit.reached()
    let moved = try archive(
      file, to: workspace.processed(on: date.iso8601))
    let booked = stored.paymentsAdded + stored.paymentsAlreadyKnown
    var outcome = FileOutcome(
      name: file.name, kind: .bankStatement, result: .processed, records: booked,
      rejected: normalized.rejected.count, archivedAs: relative(moved),
      summary:
        "\(stored.paymentsAdded) payments booked, \(stored.paymentsAlreadyKnown) known already (camt read streaming)",
      sha256: file.sha256)
    try warn(&outcome, normalized.unprovenStatements, beside: moved, on: date)
    if !normalized.rejected.isEmpty {
      let report = workspace.failed.appendingPathComponent("\(file.name).error.txt")
      let text = ErrorReport(fileName: file.name, date: date).text(
        for: normalized.rejected, booked: booked, rejectedFile: nil)
      try AtomicWriter.write(Data(text.utf8), to: report)
      outcome.result = .partiallyProcessed
      outcome.report = relative(report)
      outcome.summary +=
        "; \(normalized.rejected.count) statements refused, see \(relative(report))"
    }
    return outcome
  }
}
