import CLinuxFiles
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
    do {
      return try writeFolder(named: name, in: parent) { draft throws(DurableFileError) in
        for (index, file) in files.enumerated() {
          try draft.add(file.name, file.data)
          if index == 0 { afterFirstFile() }
        }
      }
    } catch let error as DurableFileError {
      throw error
    } catch {
      throw writeFailure(parent.appendingPathComponent(name).path, error)
    }
  }

  /// Writes a new folder `name` inside `parent` whose files `fill` adds one by one, all or
  /// nothing: they go into a hidden folder, are flushed to disk together, and the folder is
  /// renamed into place only when `fill` returns. Files are written as `fill` adds them, so the
  /// folder is never held in memory as a whole.
  /// - Returns: the folder's URL.
  /// - Throws: `DurableFileError` as `writeFolder(named:in:files:)` does, or the error `fill`
  ///   throws; nothing is left visible then.
  @discardableResult
  public static func writeFolder<Failure: Error>(
    named name: String, in parent: URL, _ fill: (FolderDraft) throws(Failure) -> Void
  ) throws -> URL {
    let target = parent.appendingPathComponent(name)
    let temporary = parent.appendingPathComponent(".\(name).partial-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
      removeAbandonedPartials(of: name, in: parent)
      try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
    } catch {
      throw writeFailure(target.path, error)
    }
    do {
      try fill(FolderDraft(folder: temporary))
      try flushFileSystem(of: temporary.path)
      try FolderSync.flush(temporary.path)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
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

  /// A folder being written under its hidden name: files are added without a flush each.
  public struct FolderDraft: Sendable {
    /// The hidden folder, for writers that stream into a file of their own.
    public let folder: URL

    /// Writes a new file into the draft: a plain write, no flush of its own (the folder is
    /// flushed once, with everything in it, before it gets its final name). Safe to call from
    /// several threads for different names.
    /// - Throws: `DurableFileError` `writeFailed` naming the file.
    public func add(_ name: String, _ data: Data) throws(DurableFileError) {
      let file = folder.appendingPathComponent(name)
      let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw writeFailure(file.path, POSIXError(errnoCode)) }
      var failure: Int32 = 0
      data.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
          let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
          if written < 0 {
            guard errno == EINTR else {
              failure = errno
              return
            }
            continue
          }
          offset += written
        }
      }
      if close(descriptor) != 0, failure == 0 { failure = errno }
      guard failure == 0 else {
        throw writeFailure(file.path, POSIXError(POSIXError.Code(rawValue: failure) ?? .EIO))
      }
    }

    /// Where a file named `name` goes, for a writer that writes it itself.
    public func url(of name: String) -> URL { folder.appendingPathComponent(name) }
  }

  /// Flushes everything written on the file system `path` is on.
  private static func flushFileSystem(of path: String) throws(DurableFileError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw writeFailure(path, POSIXError(errnoCode)) }
    defer { close(descriptor) }
    guard arflow_syncfs(descriptor) == 0 else { throw writeFailure(path, POSIXError(errnoCode)) }
  }

  /// Temporary folders a killed process left behind: never visible under their final name, safe
  /// to remove.
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
