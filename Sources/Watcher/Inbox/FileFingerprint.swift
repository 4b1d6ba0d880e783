import CLinuxFiles
import Foundation
import Glibc

/// How a regular file looks from outside: where it lives on disk, its size and its modification
/// time. Two looks with equal fingerprints mean nobody wrote to, truncated or replaced the file.
struct FileFingerprint: Sendable, Hashable {
  /// The file's device and inode, to match it against files other processes hold open.
  let identity: FileIdentity
  /// Size in bytes.
  let size: Int64
  /// Modification time in nanoseconds since 1970.
  let modifiedNanoseconds: Int64

  /// The modification time as a date.
  var modified: Date {
    Date(timeIntervalSince1970: Double(modifiedNanoseconds) / 1e9)
  }

  /// Whether the file was last modified at least `settle` before `now` (by the wall clock).
  func isOlder(than settle: Duration, at now: Date) -> Bool {
    now.timeIntervalSince(modified) >= settle.seconds
  }

  /// Looks at `path` without following a symbolic link; nil when it is missing or is not a
  /// regular file (a folder, a link, a device).
  static func of(_ path: String) -> FileFingerprint? {
    var status = stat()
    guard lstat(path, &status) == 0, arflow_mode_is_regular(status.st_mode) != 0 else {
      return nil
    }
    return FileFingerprint(
      identity: FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)),
      size: Int64(status.st_size),
      modifiedNanoseconds: Int64(status.st_mtim.tv_sec) * 1_000_000_000
        + Int64(status.st_mtim.tv_nsec))
  }
}

/// A file on disk, independent of its name: device and inode.
struct FileIdentity: Sendable, Hashable {
  let device: UInt64
  let inode: UInt64
}
