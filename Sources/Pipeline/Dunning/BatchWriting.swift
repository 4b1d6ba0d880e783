import Dunning
import DurableFiles
import Exporter
import Foundation
import Receivables

/// Writes the documents of one batch into `outbox/reminders/BATCH/`, all or nothing: a PDF per
/// document, `print.pdf` with every letter for the mail room, `manifest.json`, `manifest.csv`
/// and, when a person must look at something, `review.csv`.
///
/// A document that cannot be made never stops the others: it is listed in the manifest with
/// `status: failed` and the reason, and no reminder of it is recorded.
struct BatchWriting {
  let folder: URL
  let files: DocumentFiles
  let customers: [String: Customer]
  let homeCountry: String?
  /// Called once the first document is written (the recovery tests kill the process there).
  let afterFirstFile: () -> Void

  /// Writes the batch and returns what the ledger is to record.
  /// - Throws: `ExportError` when the folder cannot be written; nothing is visible then.
  func write(
    _ documents: [PlannedDocument], batchID: String, on date: LocalDate,
    review: [ReviewEntry], changes: [HoldChange], approves: String? = nil
  ) throws(ExportError) -> ReminderBatch {
    var batch = ReminderBatch(
      id: batchID, asOf: date, documents: [], changes: changes, approves: approves)
    do {
      try AtomicWriter.writeFolder(named: batchID, in: folder) { draft throws(ExportError) in
        var letters: [LetterDocument] = []
        var printed: [RenderedLetters] = []
        var offset = 0
        for chunk in Self.chunks(of: documents) {
          let made: [DocumentRendering.Result]
          do throws(DurableFileError) {
            made = try DocumentRendering(files: files).make(
              chunk, batchID: batchID, firstPlace: offset + 1, on: date, into: draft)
          } catch {
            throw ExportError(error)
          }
          for (document, result) in zip(chunk, made) {
            switch result.made {
            case .success(let made):
              if offset == 0 { afterFirstFile() }
              // Until arflow sends e-mail, an e-mail document goes out as its letter too.
              letters.append(made.letter)
              printed.append(made.rendered.forPrinting)
              batch.documents.append(
                document.record(
                  reference: result.reference.reference?.value,
                  referenceItems: result.reference.items, file: result.file, status: .written,
                  pages: made.pages))
            case .failure(let error):
              batch.documents.append(
                document.record(
                  file: nil, status: .failed, reason: "\(error.message); \(error.fix)"))
            }
            offset += 1
          }
        }
        var extra: [(String, Data)] = []
        if !letters.isEmpty {
          do {
            extra.append(
              ("print.pdf", try LetterRenderer.combine(printed, letters: letters)))
          } catch {
            throw ExportError(
              "print.pdf cannot be rendered: \(error)",
              fix: "check the fonts (fonts-dejavu-core) and the letter texts")
          }
        }
        let manifest = BatchManifest(batch, customers: customers, homeCountry: homeCountry)
        extra.append(("manifest.json", manifest.json()))
        extra.append(("manifest.csv", manifest.csv()))
        if !review.isEmpty {
          extra.append(("review.csv", ReviewList(entries: review, customers: customers).csv()))
        }
        for (name, data) in extra {
          do throws(DurableFileError) {
            try draft.add(name, data)
          } catch {
            throw ExportError(error)
          }
        }
      }
    } catch let error as ExportError {
      throw error
    } catch let error as DurableFileError {
      throw ExportError(error)
    } catch {
      throw ExportError("batch \(batchID) cannot be written: \(error)", fix: "check the outbox")
    }
    return batch
  }

  /// The documents in groups that are rendered side by side, written one group at a time so
  /// the batch never holds more than a group of PDFs in memory.
  static func chunks(of documents: [PlannedDocument]) -> [ArraySlice<PlannedDocument>] {
    stride(from: 0, to: documents.count, by: 64).map {
      documents[$0..<min($0 + 64, documents.count)]
    }
  }
}
