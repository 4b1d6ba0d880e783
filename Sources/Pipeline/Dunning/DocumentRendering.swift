import Dispatch
import Dunning
import DurableFiles
import Exporter
import Receivables
import Synchronization

/// Renders a group of documents side by side on every core and writes each PDF into the batch's
/// draft folder. Each letter has its own canvas; what letters share is read-only or guarded: the
/// thread's typesetter (Pango's font map is per thread) and the process-wide fonts and subsets.
struct DocumentRendering: Sendable {
  let files: DocumentFiles

  /// A document whose PDF is written: its letter, page count and pages for `print.pdf`.
  struct Written: Sendable {
    var letter: LetterDocument
    var printable: PrintablePages
  }

  /// What became of one document: its reference, its file name and what it holds for
  /// `print.pdf` (its own PDF is written already), or why it could not be made.
  struct Result: Sendable {
    var reference: DocumentReference
    var made: Swift.Result<Written, ExportError>
    var file: String
  }

  /// Makes `documents`, in order, writing each PDF into `draft`.
  /// - Parameter firstPlace: the first document's place in the batch (its file name and its
  ///   letter reference count from there).
  /// - Throws: `DurableFileError` when a PDF cannot be written (a disk problem, not one of the
  ///   document's).
  func make(
    _ documents: ArraySlice<PlannedDocument>, batchID: String, firstPlace: Int, on date: LocalDate,
    into draft: AtomicWriter.FolderDraft
  ) throws(DurableFileError) -> [Result] {
    let list = Array(documents)
    let results = Mutex<[Result?]>(Array(repeating: nil, count: list.count))
    let diskError = Mutex<DurableFileError?>(nil)
    DispatchQueue.concurrentPerform(iterations: list.count) { index in
      // After a disk error the batch fails: the rest is not drawn in vain.
      guard diskError.withLock({ $0 == nil }) else { return }
      let document = list[index]
      let reference = DocumentReference.choose(
        for: document, items: files.items,
        letterKey: DocumentReference.letterKey(
          batchID: batchID, asOf: date, place: firstPlace + index))
      let file = Self.fileName(place: firstPlace + index, customerID: document.customerID)
      let made: Swift.Result<Written, ExportError>
      do throws(ExportError) {
        let rendered = try files.make(document, reference: reference, on: date)
        do throws(DurableFileError) {
          try draft.add(file, rendered.rendered.pdf)
        } catch {
          diskError.withLock { $0 = $0 ?? error }
        }
        made = .success(
          Written(letter: rendered.letter, printable: rendered.rendered.printable))
      } catch {
        made = .failure(error)
      }
      results.withLock { $0[index] = Result(reference: reference, made: made, file: file) }
    }
    if let error = diskError.withLock({ $0 }) { throw error }
    return results.withLock { $0.compactMap(\.self) }
  }

  /// "001-C1001.pdf": the document's place in the batch and the customer number, file-name safe.
  static func fileName(place: Int, customerID: String) -> String {
    let safe = customerID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
    let number = String(place)
    return String(repeating: "0", count: max(0, 3 - number.count)) + number + "-" + String(safe)
      + ".pdf"
  }
}
