import DurableFiles
public import Foundation
public import Ledger
import Receivables

/// Writes each booked reconciliation as two CSV files in `outbox/reconciliation/`:
/// `DATE-SEQ-matched.csv` (one line per allocation, write-off, netting or undo, for booking in
/// the accounting system) and `DATE-SEQ-unmatched.csv` (payments left for a person, with the
/// top suggestions and why). The columns are documented in `mappings/README.md`; keep them
/// stable.
public struct ReconciliationFiles: Sendable {
  let ledger: Ledger
  let folder: URL

  /// The matched file's columns, in order.
  public static let matchedColumns = [
    "bank_reference", "booking_date", "payer_name", "payer_iban", "invoice_number", "amount",
    "currency", "rule", "confidence", "customer_id", "credit_note_number", "explanation",
    "payment_id",
  ]

  /// The unmatched file's columns, in order (three suggestions of four columns each).
  public static let unmatchedColumns =
    [
      "bank_reference", "booking_date", "payer_name", "payer_iban", "amount", "currency",
      "kind", "remittance", "note", "payment_id",
    ]
    + (1...3).flatMap { number in
      ["items", "customer_id", "score", "reason"].map { "suggestion_\(number)_\($0)" }
    }

  public init(ledger: Ledger, folder: URL) {
    self.ledger = ledger
    self.folder = folder
  }

  /// Writes every reconciliation not yet written and marks it written.
  /// - Returns: the files written, matched then unmatched per reconciliation.
  /// - Throws: `ExportError` naming the file; what was not written is written next time.
  @discardableResult
  public func writePending() throws(ExportError) -> [URL] {
    let pending: [ReconciliationRecord]
    do {
      pending = try ledger.pendingReconciliations()
    } catch {
      throw ExportError(error.message, fix: error.fix, cause: error)
    }
    var written: [URL] = []
    for record in pending {
      let matched = folder.appendingPathComponent("\(record.fileStem)-matched.csv")
      let unmatched = folder.appendingPathComponent("\(record.fileStem)-unmatched.csv")
      // A file is written only when it has rows: a pass that only changed the unmatched list
      // writes no empty matched file, and the other way round.
      do {
        if !record.lines.isEmpty {
          try AtomicWriter.write(Data(matchedText(record).utf8), to: matched)
          written.append(matched)
        }
        if !record.unmatched.isEmpty {
          try AtomicWriter.write(Data(unmatchedText(record).utf8), to: unmatched)
          written.append(unmatched)
        }
      } catch {
        throw ExportError(error)
      }
      do {
        try ledger.markReconciliationWritten(record.id)
      } catch {
        throw ExportError(error.message, fix: error.fix, cause: error)
      }
    }
    return written
  }

  func matchedText(_ record: ReconciliationRecord) -> String {
    var csv = CSVText()
    csv.append(Self.matchedColumns)
    for line in record.lines {
      csv.append([
        line.bankReference, line.bookingDate, line.payerName, line.payerIBAN, line.invoiceNumber,
        line.amount.decimalString, line.amount.currency.code, line.rule,
        line.confidence.map(String.init) ?? "", line.customerID, line.counterItem,
        line.explanation, line.paymentID,
      ])
    }
    return csv.text
  }

  func unmatchedText(_ record: ReconciliationRecord) -> String {
    var csv = CSVText()
    csv.append(Self.unmatchedColumns)
    for line in record.unmatched {
      var fields = [
        line.bankReference, line.bookingDate.iso8601, line.payerName ?? "", line.payerIBAN ?? "",
        line.unallocated.decimalString, line.unallocated.currency.code, line.kind.rawValue,
        line.remittance ?? "", line.note ?? "", line.paymentID,
      ]
      for index in 0..<3 {
        guard index < line.suggestions.count else {
          fields += ["", "", "", ""]
          continue
        }
        let suggestion = line.suggestions[index]
        fields += [
          suggestion.itemNumbers.joined(separator: " "), suggestion.customerID,
          String(suggestion.score), suggestion.reason,
        ]
      }
      csv.append(fields)
    }
    return csv.text
  }
}
