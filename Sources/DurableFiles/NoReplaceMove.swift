import CLinuxFiles
import Glibc

/// A rename that never replaces its target: `renameat2(RENAME_NOREPLACE)`, or where the file
/// system cannot do that (some network file systems), a hard link and an unlink; where even that
/// is refused, a check followed by a rename (the workspace lock keeps other arflows away).
public enum NoReplaceMove {
  /// What one attempt did.
  public enum Outcome: Equatable, Sendable {
    case moved
    /// The target name exists; try another.
    case taken
    /// The source is gone.
    case sourceGone
    /// Anything else, with its `errno`.
    case failed(Int32)
  }

  public static func move(_ source: String, to target: String) -> Outcome {
    if arflow_rename_noreplace(source, target) == 0 { return .moved }
    let code = errno
    if arflow_errno_is_unsupported(code) == 0 { return outcome(code, source: source) }
    if link(source, target) == 0 {
      unlink(source)
      return .moved
    }
    let linkCode = errno
    guard linkCode == EPERM || arflow_errno_is_unsupported(linkCode) != 0 else {
      return outcome(linkCode, source: source)
    }
    var status = stat()
    if lstat(target, &status) == 0 { return .taken }
    return rename(source, target) == 0 ? .moved : outcome(errno, source: source)
  }

  private static func outcome(_ code: Int32, source: String) -> Outcome {
    if code == EEXIST || code == ENOTEMPTY { return .taken }
    var status = stat()
    if code == ENOENT && lstat(source, &status) != 0 { return .sourceGone }
    return .failed(code)
  }
}
