import GRDB
public import Receivables

/// Where a streaming import puts payments as they are read; valid only inside the
/// `commitStreaming` call that made it.
public final class PaymentSink {
  let step: ImportStep
  var summary = ImportSummary()
  /// How many payments were handed over so far.
  public private(set) var count = 0

  init(step: ImportStep) {
    self.step = step
  }

  /// Stores one payment now (one already known by its bank identity is skipped and counted).
  public func store(_ payment: Payment) throws {
    try step.store(payment, into: &summary)
    count += 1
  }
}

extension Ledger {
  /// Stores a file whose payments are too many to hold: `body` reads the file and hands each
  /// payment to the sink as it goes, all inside one transaction with the file's hash, so a
  /// statement of a million entries is booked with flat memory, all or nothing.
  /// - Parameters:
  ///   - file: the file's identity and kind, and its unproven statements (its `payments` are
  ///     ignored).
  ///   - body: reads the file and stores payments; an error it throws rolls everything back.
  /// - Throws: `LedgerError` (`duplicateFile` when the content was processed before), or the
  ///   error `body` threw, wrapped as `LedgerError` with code `storage`.
  public func commitStreaming(
    _ file: FileImport, _ body: (PaymentSink) throws -> Void
  ) throws(LedgerError) -> ImportSummary {
    try write("store the payments of \(file.name)") { db in
      try refuseDuplicate(file, db)
      let fileID = try insertFile(
        db, sha256: file.sha256, name: file.name, kind: file.kind, outcome: "processed",
        records: 0, rejected: file.rejected, detail: nil, on: file.processedOn)
      let step = ImportStep(db: db, fileID: fileID, date: file.processedOn, mapping: nil)
      for statement in file.unprovenStatements {
        try step.store(statement)
      }
      let sink = PaymentSink(step: step)
      try body(sink)
      try db.execute(
        cached: "UPDATE ingested_file SET records = ? WHERE id = ?",
        arguments: [sink.count, fileID])
      insideFileCommit()
      return sink.summary
    }
  }
}
