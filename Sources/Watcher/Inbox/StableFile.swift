public import Foundation

/// A file that has stopped changing and can be claimed.
public struct StableFile: Sendable, Hashable {
  /// Where the file is in the inbox.
  public let url: URL
  /// The file's name at the top of the inbox.
  public let name: String
  /// Its size in bytes when it was found stable (never 0).
  public let size: Int64
  /// Its modification time when it was found stable; the arrival order is oldest first.
  public let modified: Date
  /// The done marker that released it (`NAME.done` or `NAME.ok`), in done-marker mode.
  let marker: URL?
  /// Size, time and inode as seen, to notice a change before the claim.
  let fingerprint: FileFingerprint

  init(url: URL, fingerprint: FileFingerprint, marker: URL?) {
    self.url = url
    self.name = url.lastPathComponent
    self.size = fingerprint.size
    self.modified = fingerprint.modified
    self.marker = marker
    self.fingerprint = fingerprint
  }

  /// Arrival order: oldest modification time first, then name.
  static func arrivalOrder(_ left: StableFile, _ right: StableFile) -> Bool {
    if left.fingerprint.modifiedNanoseconds != right.fingerprint.modifiedNanoseconds {
      return left.fingerprint.modifiedNanoseconds < right.fingerprint.modifiedNanoseconds
    }
    return left.name < right.name
  }
}
