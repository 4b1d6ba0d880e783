public import Watcher

/// This process's hold on a workspace: one arflow process works in a workspace at a time. The
/// kernel lets go when the process dies, even on `kill -9`.
public final class WorkspaceLease: Sendable {
  private let lock: WorkspaceLock

  init(_ lock: WorkspaceLock) {
    self.lock = lock
  }

  /// Lets the workspace go now (it also goes when the lease is released from memory).
  public func release() { lock.release() }
}

extension Workspace {
  /// Takes the workspace for this process, without waiting.
  /// - Parameter purpose: what this process does (`run`, `watch`, `match`), for the message
  ///   another arflow shows while it waits.
  /// - Throws: `WatchError` `locked` naming the process that holds it.
  public func lease(for purpose: String) throws(WatchError) -> WorkspaceLease {
    WorkspaceLease(try WorkspaceLock.acquire(at: lockFile, purpose: purpose))
  }
}
