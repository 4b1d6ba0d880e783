import Glibc

/// Flushes a folder's entries to disk, so a rename in it survives a power cut.
enum FolderSync {
  /// `fsync` on the folder; failures are ignored (some file systems refuse it on folders).
  static func flush(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
