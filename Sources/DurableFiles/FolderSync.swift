import Glibc

/// Flushes a folder's entries to disk, so that a rename or a new file in it survives a power cut.
public enum FolderSync {
  /// `fsync` on the folder.
  /// - Throws: `DurableFileError` `flushFailed` when the folder cannot be opened or the disk
  ///   reports an error; a file system that cannot flush folders at all (EINVAL) is not an
  ///   error: there is nothing more to do on it.
  public static func flush(_ folder: String) throws(DurableFileError) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(folder, errno) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      let code = errno
      if code == EINVAL || code == EROFS { return }
      throw failure(folder, code)
    }
  }

  private static func failure(_ folder: String, _ code: Int32) -> DurableFileError {
    DurableFileError(
      .flushFailed, path: folder, message: "the folder could not be flushed to disk",
      fix: "check the disk and that arflow may read the folder",
      cause: String(cString: strerror(code)))
  }
}
