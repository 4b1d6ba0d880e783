import CLinuxFiles
import Glibc

/// Files that some process holds open for writing, read from `/proc/PID/fd/`: a link there shows
/// the open mode in its permission bits (`l-wx` or `lrwx` when the process may write).
///
/// Only processes the watcher may inspect are seen (its own user's, or all when it runs as
/// root); writers on other machines of a network file system are not. Size and time stability
/// cover those.
enum OpenWriters {
  /// The identities of every file a visible process holds open for writing right now.
  static func current() -> Set<FileIdentity> {
    guard case .success(let entries) = FolderNames.list("/proc") else { return [] }
    var held: Set<FileIdentity> = []
    for process in entries where isProcessNumber(process) {
      let folder = "/proc/\(process)/fd"
      guard case .success(let descriptors) = FolderNames.list(folder) else { continue }
      for descriptor in descriptors {
        let link = "\(folder)/\(descriptor)"
        var linkStatus = stat()
        guard lstat(link, &linkStatus) == 0,
          arflow_mode_is_writable_link(linkStatus.st_mode) != 0
        else { continue }
        var target = stat()
        guard stat(link, &target) == 0, arflow_mode_is_regular(target.st_mode) != 0 else {
          continue
        }
        held.insert(FileIdentity(device: UInt64(target.st_dev), inode: UInt64(target.st_ino)))
      }
    }
    return held
  }

  /// Whether a `/proc` entry is a process (all digits).
  private static func isProcessNumber(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }
}
