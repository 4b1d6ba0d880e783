import Foundation

/// A named moment where recovery tests kill arflow, to prove that a restart finishes cleanly.
///
/// Inert unless the environment variable `ARFLOW_CRASH_AT` names the point: then the process
/// kills itself with SIGKILL there, exactly as a power cut or `kill -9` would.
public enum CrashPoint: String, Sendable, CaseIterable {
  /// The file was claimed into `inbox/.work/` and nothing else happened.
  case afterClaim = "after-claim"
  /// Inside the ledger transaction that stores a file's records, before it commits.
  case insideCommit = "inside-commit"
  /// The file's records are committed; the file is not archived yet.
  case afterCommit = "after-commit"
  /// Some files of an outbox batch are written; the batch is not renamed into place yet.
  case insideBatch = "inside-batch"

  private static let armed: CrashPoint? = ProcessInfo.processInfo.environment["ARFLOW_CRASH_AT"]
    .flatMap(CrashPoint.init(rawValue:))

  /// Kills the process here when this point is armed.
  public func reached() {
    guard CrashPoint.armed == self else { return }
    kill(getpid(), SIGKILL)
  }
}
