public import Foundation

/// Moves a file into a folder by rename, never replacing a file there: a name already taken
/// gets a suffix (`open-items.csv` → `open-items-1a2b3c4d.csv`, then `-1a2b3c4d-2`, …).
public enum FileArchive {
  /// Moves `source` into `folder` (created when missing) under its own name or, when that is
  /// taken, with `suffix` and then a counter added before the extension.
  /// - Parameters:
  ///   - flush: whether to flush both folders now (a caller moving many files may flush them
  ///     once at the end).
  /// - Returns: where the file is now.
  /// - Throws: `DurableFileError` `moveFailed` when the file cannot be moved.
  public static func move(
    _ source: URL, into folder: URL, suffix: String, flush: Bool = true
  ) throws(DurableFileError) -> URL {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw DurableFileError(
        .moveFailed, path: folder.path, message: "the folder cannot be created",
        fix: "check that arflow may write there", cause: "\(error)")
    }
    let name = source.lastPathComponent
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    for attempt in 0..<1_000 {
      var candidate = name
      if attempt > 0 {
        candidate = "\(base)-\(suffix)" + (attempt > 1 ? "-\(attempt)" : "")
        candidate += ext.isEmpty ? "" : ".\(ext)"
      }
      let target = folder.appendingPathComponent(candidate)
      switch NoReplaceMove.move(source.path, to: target.path) {
      case .moved:
        if flush {
          try FolderSync.flush(folder.path)
          try FolderSync.flush(source.deletingLastPathComponent().path)
        }
        return target
      case .taken:
        continue
      case .sourceGone:
        throw DurableFileError(
          .moveFailed, path: source.path, message: "the file is gone",
          fix: "nothing: another process moved it")
      case .failed(let code):
        throw DurableFileError(
          .moveFailed, path: source.path,
          message: "the file could not be moved into \(folder.path)",
          fix: "check that arflow may write there and that the disk is not full",
          cause: String(cString: strerror(code)))
      }
    }
    throw DurableFileError(
      .moveFailed, path: source.path,
      message: "1,000 files named like this one are already in \(folder.path)",
      fix: "move some of them away")
  }
}
