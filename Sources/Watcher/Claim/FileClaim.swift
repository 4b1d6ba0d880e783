import DurableFiles
public import Foundation
import Glibc

/// Moves a stable file into `inbox/.work/` without ever replacing a file there.
public enum FileClaim {
  /// Claims `file`: renames it into `workFolder` (created when missing) with
  /// `renameat2(RENAME_NOREPLACE)`, so a file already there is never replaced. A taken name gets
  /// a numeric suffix (`x.csv` → `x-1.csv`). Both folders are flushed to disk afterwards, and in
  /// done-marker mode the marker that released the file is removed.
  /// - Parameters:
  ///   - file: a file the watcher or `InboxWatcher.scanOnce` reported stable.
  ///   - workFolder: `inbox/.work/`, on the same file system as the inbox.
  ///   - flush: whether to flush both folders now; a caller claiming many files at once may
  ///     flush them once at the end (a rename lost in a crash leaves the file in the inbox,
  ///     where it is claimed again).
  /// - Returns: where the file is now.
  /// - Throws: `WatchError` with code `vanished` when the file left the inbox meanwhile
  ///   (someone else took it: skip it), `changed` when it was written to since it was reported
  ///   (it will be reported again once stable: skip it), `claimFailed` when it cannot be moved.
  public static func claim(_ file: StableFile, into workFolder: URL, flush: Bool = true)
    throws(WatchError) -> URL
  {
    try makeFolder(workFolder)
    guard let now = FileFingerprint.of(file.url.path) else {
      throw vanished(file)
    }
    guard now == file.fingerprint else {
      throw WatchError(
        .changed, path: file.url.path,
        message: "the file was written to after it was found stable",
        fix: "nothing; it is taken once it has stopped changing again")
    }
    for attempt in 0...9_999 {
      let target = workFolder.appendingPathComponent(
        ClaimName.numbered(file.name, attempt), isDirectory: false)
      switch NoReplaceMove.move(file.url.path, to: target.path) {
      case .moved:
        if flush {
          // The claim is made; a folder that cannot be flushed only risks redoing it.
          try? FolderSync.flush(workFolder.path)
          try? FolderSync.flush(file.url.deletingLastPathComponent().path)
        }
        if let marker = file.marker { unlink(marker.path) }
        return target
      case .taken:
        continue
      case .sourceGone:
        throw vanished(file)
      case .failed(let code):
        throw WatchError(
          .claimFailed, path: file.url.path,
          message: "the file could not be moved into \(workFolder.path) (\(reason(code)))",
          fix: "check that arflow may write in the inbox and that the disk is not full")
      }
    }
    throw WatchError(
      .claimFailed, path: file.url.path,
      message: "10,000 files named like this one are already waiting in \(workFolder.path)",
      fix: "let arflow finish or clear \(workFolder.path), then try again")
  }

  private static func makeFolder(_ folder: URL) throws(WatchError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      return
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? FolderSync.flush(folder.deletingLastPathComponent().path)
    } catch {
      throw WatchError(
        .claimFailed, path: folder.path,
        message: "the work folder could not be created (\(error.localizedDescription))",
        fix: "check that arflow may write in the inbox")
    }
  }

  private static func vanished(_ file: StableFile) -> WatchError {
    WatchError(
      .vanished, path: file.url.path, message: "the file left the inbox before it was claimed",
      fix: "nothing; another process took it")
  }

  private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
