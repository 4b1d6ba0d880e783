import Dispatch
import Dunning
import DurableFiles
import Exporter
import Foundation
import Receivables
import Synchronization

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
        var printed: [PrintablePages] = []
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
              printed.append(made.printable)
              batch.documents.append(
                document.record(
                  reference: result.reference.reference?.value,
                  referenceItems: result.reference.items, file: result.file, status: .written,
                  pages: made.printable.pages))
            case .failure(let error):
              batch.documents.append(
                document.record(
                  file: nil, status: .failed, reason: "\(error.message); \(error.fix)"))
            }
            offset += 1
          }
        }
        var extra = try closingFiles(of: batch, letters: letters, printed: printed)
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

  /// `print.pdf` (when there are letters) and the manifests, made side by side.
  private func closingFiles(
    of batch: ReminderBatch, letters: [LetterDocument], printed: [PrintablePages]
  ) throws(ExportError) -> [(String, Data)] {
    let printFile = Mutex<Result<Data, RenderError>?>(nil)
    let manifestFiles = Mutex<[(String, Data)]>([])
    let customers = customers
    let homeCountry = homeCountry
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        guard !letters.isEmpty else { return }
        let made = Result { () throws(RenderError) in
          try LetterRenderer.combine(printed, letters: letters)
        }
        printFile.withLock { $0 = made }
      } else {
        let manifest = BatchManifest(batch, customers: customers, homeCountry: homeCountry)
        let files = [("manifest.json", manifest.json()), ("manifest.csv", manifest.csv())]
        manifestFiles.withLock { $0 = files }
      }
    }
    var files: [(String, Data)] = []
    switch printFile.withLock({ $0 }) {
    case .success(let pdf): files.append(("print.pdf", pdf))
    case .failure(let error):
      throw ExportError(
        "print.pdf cannot be rendered: \(error)",
        fix: "check the fonts (fonts-dejavu-core) and the letter texts")
    case nil: break
    }
    return files + manifestFiles.withLock { $0 }
  }

  /// The documents in groups that are rendered side by side (each PDF written as it is made),
  /// so that `print.pdf` needs only each letter's encoded pages, never all PDFs at once.
  static func chunks(of documents: [PlannedDocument]) -> [ArraySlice<PlannedDocument>] {
    stride(from: 0, to: documents.count, by: 256).map {
      documents[$0..<min($0 + 256, documents.count)]
    }
  }
}
