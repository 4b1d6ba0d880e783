import Foundation

/// The empty `NAME.done` or `NAME.ok` file some sending systems write once a file is complete.
enum DoneMarker {
  /// The marker that releases the file `name`, if one exists beside it and is not older than the
  /// file (a marker left from an earlier file of the same name does not release a new one).
  static func releasing(_ name: String, in inbox: URL, fingerprint: FileFingerprint) -> URL? {
    for marker in InboxName.markers(for: name) {
      let url = inbox.appendingPathComponent(marker, isDirectory: false)
      if let seen = FileFingerprint.of(url.path),
        seen.modifiedNanoseconds >= fingerprint.modifiedNanoseconds
      {
        return url
      }
    }
    return nil
  }
}
