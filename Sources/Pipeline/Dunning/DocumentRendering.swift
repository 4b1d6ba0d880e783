import Dispatch
import Dunning
import Exporter
import Receivables
import Synchronization

/// Renders a group of documents side by side on every core: each letter has its own canvas,
/// and Pango's font map is per thread, so letters share nothing while they are drawn.
struct DocumentRendering: Sendable {
  let files: DocumentFiles

  /// What became of one document: its reference and its PDF, or why it could not be made.
  struct Result: Sendable {
    var reference: DocumentReference
    var made: Swift.Result<DocumentFiles.Made, ExportError>
  }

  /// Makes `documents`, in order.
  /// - Parameter firstPlace: the first document's place in the batch (its file name and its
  ///   letter reference count from there).
  func make(
    _ documents: ArraySlice<PlannedDocument>, batchID: String, firstPlace: Int, on date: LocalDate
  ) -> [Result] {
    let list = Array(documents)
    let results = Mutex<[Result?]>(Array(repeating: nil, count: list.count))
    DispatchQueue.concurrentPerform(iterations: list.count) { index in
      let document = list[index]
      let reference = DocumentReference.choose(
        for: document, items: files.items,
        letterKey: DocumentReference.letterKey(
          batchID: batchID, asOf: date, place: firstPlace + index))
      let made: Swift.Result<DocumentFiles.Made, ExportError>
      do throws(ExportError) {
        made = .success(try files.make(document, reference: reference, on: date))
      } catch {
        made = .failure(error)
      }
      results.withLock { $0[index] = Result(reference: reference, made: made) }
    }
    return results.withLock { $0.compactMap(\.self) }
  }
}
