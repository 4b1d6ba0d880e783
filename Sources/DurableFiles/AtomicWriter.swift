public import Foundation

/// Writes outbox files and folders so that a reader never sees half of one: everything is
/// written under a hidden temporary name in the target folder, flushed to disk, renamed into
/// place, and the parent folder is flushed too.
public enum AtomicWriter {
  /// Writes `data` to `file` atomically, replacing an existing file.
  /// - Throws: `DurableFileError` `writeFailed` naming the file.
  public static func write(_ data: Data, to file: URL) throws(DurableFileError) {
    let folder = file.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(file.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try writeFlushed(data, to: temporary)
      guard rename(temporary.path, file.path) == 0 else { throw POSIXError(errnoCode) }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw writeFailure(file.path, error)
    }
    try FolderSync.flush(folder.path)
  }

  /// Writes a new folder `name` inside `parent` with `files` in it, all or nothing: the folder
  /// appears under its name complete, or not at all.
  /// - Parameter afterFirstFile: called once the first file is written, before the rest (the
  ///   recovery tests kill the process there).
  /// - Returns: the folder's URL.
  /// - Throws: `DurableFileError`: `folderExists` when the folder is there already (it is never
  ///   replaced), `writeFailed` when a write fails; nothing is left visible then.
  @discardableResult
  public static func writeFolder(
    named name: String, in parent: URL, files: [(name: String, data: Data)],
    afterFirstFile: () -> Void = {}
  ) throws(DurableFileError) -> URL {
    let target = parent.appendingPathComponent(name)
    let temporary = parent.appendingPathComponent(".\(name).partial-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
      removeAbandonedPartials(of: name, in: parent)
      try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
      for (index, file) in files.enumerated() {
        try writeFlushed(file.data, to: temporary.appendingPathComponent(file.name))
        if index == 0 { afterFirstFile() }
      }
      try FolderSync.flush(temporary.path)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw (error as? DurableFileError) ?? writeFailure(target.path, error)
    }
    switch NoReplaceMove.move(temporary.path, to: target.path) {
    case .moved:
      try FolderSync.flush(parent.path)
      return target
    case .taken:
      try? FileManager.default.removeItem(at: temporary)
      throw DurableFileError(
        .folderExists, path: target.path, message: "the folder exists already",
        fix: "move the old folder away; arflow never replaces one")
    case .sourceGone, .failed:
      try? FileManager.default.removeItem(at: temporary)
      throw DurableFileError(
        .writeFailed, path: target.path, message: "the folder could not be put in place",
        fix: "check that the folder is writable and the disk is not full",
        cause: String(cString: strerror(errno)))
    }
  }

  /// Temporary folders a killed process left behind: never visible under their final name, safe to remove.
  private static func removeAbandonedPartials(of name: String, in parent: URL) {
    let prefix = ".\(name).partial-"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for entry in entries where entry.hasPrefix(prefix) {
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
    }
  }

  private static func writeFlushed(_ data: Data, to file: URL) throws {
    guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
      throw POSIXError(errnoCode)
    }
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.write(contentsOf: data)
    try handle.synchronize()
  }

  private static func writeFailure(_ path: String, _ error: any Error) -> DurableFileError {
    DurableFileError(
      .writeFailed, path: path, message: "cannot be written",
      fix: "check that the folder is writable and the disk is not full",
      cause: (error as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
        ?? "\(error)")
  }

  private static var errnoCode: POSIXErrorCode { POSIXErrorCode(rawValue: errno) ?? .EIO }
}
