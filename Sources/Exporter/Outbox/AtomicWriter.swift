public import Foundation
import Receivables

/// Writes outbox files and folders so that a reader never sees half of one: everything is
/// written under a hidden temporary name in the target folder, flushed to disk, renamed into
/// place, and the parent folder is flushed too.
public enum AtomicWriter {
  /// Writes `data` to `file` atomically, replacing an existing file.
  /// - Throws: `ExportError` naming the file.
  public static func write(_ data: Data, to file: URL) throws(ExportError) {
    let folder = file.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(file.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try writeFlushed(data, to: temporary)
      guard rename(temporary.path, file.path) == 0 else { throw POSIXError(errnoCode) }
      try flushFolder(folder)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw ExportError(
        "cannot write \(file.path): \(error)",
        fix: "check that the folder is writable and the disk is not full")
    }
  }

  /// Writes a new folder `name` inside `parent` with `files` in it, all or nothing.
  /// - Returns: the folder's URL.
  /// - Throws: `ExportError` when the folder already exists or a write fails; nothing is left
  ///   visible then.
  @discardableResult
  public static func writeFolder(
    named name: String, in parent: URL, files: [(name: String, data: Data)]
  ) throws(ExportError) -> URL {
    let target = parent.appendingPathComponent(name)
    let temporary = parent.appendingPathComponent(".\(name).partial-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
      removeAbandonedPartials(of: name, in: parent)
      try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
      for (index, file) in files.enumerated() {
        try writeFlushed(file.data, to: temporary.appendingPathComponent(file.name))
        if index == 0 { CrashPoint.insideBatch.reached() }
      }
      try flushFolder(temporary)
      guard !FileManager.default.fileExists(atPath: target.path) else {
        throw ExportError("\(target.path) exists already", fix: "move the old folder away")
      }
      guard rename(temporary.path, target.path) == 0 else { throw POSIXError(errnoCode) }
      try flushFolder(parent)
      return target
    } catch let error as ExportError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw ExportError(
        "cannot write \(target.path): \(error)",
        fix: "check that the folder is writable and the disk is not full")
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

  /// fsync on a folder, so that a rename inside it survives a power cut.
  public static func flushFolder(_ folder: URL) throws {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
    guard descriptor >= 0 else { throw POSIXError(errnoCode) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw POSIXError(errnoCode) }
  }

  private static var errnoCode: POSIXErrorCode { POSIXErrorCode(rawValue: errno) ?? .EIO }
}
