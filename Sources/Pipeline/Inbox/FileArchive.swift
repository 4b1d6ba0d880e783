import Exporter
import Foundation

/// Moves inbox files to `processed/DATE/` or `failed/` by rename, never overwriting: a name
/// already taken gets a short hash suffix.
struct FileArchive {
  let workspace: Workspace
  /// Whether each move flushes its folders at once (false while a run moves many files and
  /// flushes the folders once at the end: the ledger, not the folder, is the record of what
  /// was booked, and a move lost in a crash is redone by the start-up sweep).
  var flushesEachMove = true

  /// Moves a file out of the inbox into `folder`, and flushes both folders.
  /// - Returns: where it went.
  func move(_ file: InboxFile, to folder: URL) throws -> URL {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var target = folder.appendingPathComponent(file.name)
    if FileManager.default.fileExists(atPath: target.path) {
      let base = (file.name as NSString).deletingPathExtension
      let ext = (file.name as NSString).pathExtension
      let suffixed = "\(base)-\(file.sha256.prefix(8))" + (ext.isEmpty ? "" : ".\(ext)")
      target = folder.appendingPathComponent(suffixed)
    }
    guard rename(file.url.path, target.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
    }
    if flushesEachMove {
      try AtomicWriter.flushFolder(folder)
      try AtomicWriter.flushFolder(file.url.deletingLastPathComponent())
    }
    return target
  }
}
