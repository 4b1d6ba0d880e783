import Foundation

/// A named moment where recovery tests kill arflow, to prove that a restart finishes cleanly.
///
/// Compiled into debug builds (the tests) only: there the environment variable
/// `ARFLOW_CRASH_AT` arms one point, and the process kills itself with SIGKILL when it gets
/// there, exactly as a power cut or `kill -9` would. A release build has no armed point and no
/// way to arm one.
enum CrashPoint: String, Sendable, CaseIterable {
  /// The file was claimed into `inbox/.work/` and nothing else happened.
  case afterClaim = "after-claim"
  /// Inside the ledger transaction that stores a file's records, before it commits.
  case insideCommit = "inside-commit"
  /// The file's records are committed; the file is not archived yet.
  case afterCommit = "after-commit"
  /// Some files of an outbox batch are written; the batch is not renamed into place yet.
  case insideBatch = "inside-batch"
  /// A reminder batch's folder is in place; the ledger has not recorded it yet.
  case afterBatchWritten = "after-batch-written"

  #if DEBUG
    private static let armed: CrashPoint? = ProcessInfo.processInfo.environment[
      "ARFLOW_CRASH_AT"
    ].flatMap(CrashPoint.init(rawValue:))
  #else
    private static let armed: CrashPoint? = nil
  #endif

  /// Kills the process here when this point is armed.
  func reached() {
    guard CrashPoint.armed == self else { return }
    kill(getpid(), SIGKILL)
  }

  /// Whether any point is armed (the ledger then gets a hook inside its commits).
  static var isArmed: Bool { armed != nil }
}
