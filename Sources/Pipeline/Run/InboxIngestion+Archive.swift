import DurableFiles
import Foundation

extension InboxIngestion {
  /// Moves an inbox file to `processed/DATE/` or `failed/` by rename, never replacing a file
  /// there: a taken name gets the first eight hex digits of the file's hash.
  ///
  /// Each move flushes its folders unless the pass flushes them once at the end
  /// (`flushesEachFile` off): the ledger, not the folder, is the record of what was booked, and
  /// a move lost in a crash is redone by the start-up sweep.
  /// - Returns: where the file is now.
  func archive(_ file: InboxFile, to folder: URL) throws(DurableFileError) -> URL {
    try FileArchive.move(
      file.url, into: folder, suffix: String(file.sha256.prefix(8)), flush: flushesEachFile)
  }
}
