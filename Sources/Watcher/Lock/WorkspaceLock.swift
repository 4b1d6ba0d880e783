import CLinuxFiles
public import Foundation
import Glibc
import Synchronization

/// An exclusive lock on the workspace for the life of the process (`flock` on `.arflow/lock`),
/// released by the kernel if the process dies, even on `kill -9`.
public final class WorkspaceLock: Sendable {
  /// The lock file.
  public let lockFile: URL
  private let descriptor: Mutex<Int32?>

  private init(lockFile: URL, descriptor: Int32) {
    self.lockFile = lockFile
    self.descriptor = Mutex(descriptor)
  }

  deinit {
    release()
  }

  /// Takes the workspace lock without waiting, and writes this process's pid, purpose and start
  /// time into the lock file for the message another arflow shows.
  /// - Parameters:
  ///   - lockFile: `.arflow/lock` of the workspace (created, with its folder, when missing).
  ///   - purpose: what this process does, e.g. `watch` or `run`.
  /// - Throws: `WatchError` `locked` when another process holds it ("another arflow (watch, pid
  ///   1234) is working in this workspace since …"), `lockFailed` when the file cannot be opened.
  public static func acquire(at lockFile: URL, purpose: String) throws(WatchError)
    -> WorkspaceLock
  {
    let descriptor = try open(lockFile)
    guard arflow_lock_exclusive_now(descriptor) == 0 else {
      let code = errno
      let holder = LockHolder.read(from: descriptor)
      close(descriptor)
      if arflow_errno_is_would_block(code) != 0 { throw locked(lockFile, holder: holder) }
      throw WatchError(
        .lockFailed, path: lockFile.path,
        message: "the workspace lock could not be taken (\(String(cString: strerror(code))))",
        fix: "use a workspace on a file system that supports flock")
    }
    LockHolder(pid: getpid(), purpose: purpose, since: Date()).write(to: descriptor)
    return WorkspaceLock(lockFile: lockFile, descriptor: descriptor)
  }

  /// Releases the lock; later calls do nothing.
  public func release() {
    guard
      let held = descriptor.withLock({ value in
        defer { value = nil }
        return value
      })
    else {
      return
    }
    ftruncate(held, 0)
    arflow_lock_release(held)
    close(held)
  }

  private static func open(_ lockFile: URL) throws(WatchError) -> Int32 {
    try? FileManager.default.createDirectory(
      at: lockFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    let descriptor = Glibc.open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw WatchError(
        .lockFailed, path: lockFile.path,
        message: "the workspace lock file cannot be opened (\(String(cString: strerror(errno))))",
        fix: "check that arflow may write in the workspace's .arflow folder")
    }
    return descriptor
  }

  private static func locked(_ lockFile: URL, holder: LockHolder?) -> WatchError {
    WatchError(
      .locked, path: lockFile.path,
      message: "another arflow \(holder?.description ?? "")is working in this workspace"
        + (holder?.sinceText.map { " since \($0)" } ?? ""),
      fix: "stop it or wait until it has finished, then try again")
  }
}
