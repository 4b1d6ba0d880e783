import Foundation

/// One look at the top of the inbox: every candidate name that is a regular file, with how it
/// looks now. Folders, links, hidden, temporary and marker names are left out.
enum InboxListing {
  /// A candidate file as one scan saw it.
  struct Sighting {
    let name: String
    let url: URL
    let fingerprint: FileFingerprint
  }

  /// Scans the inbox once.
  /// - Throws: `WatchError` `inboxUnreadable` when the folder cannot be listed.
  static func sightings(in inbox: URL) throws(WatchError) -> [Sighting] {
    switch FolderNames.list(inbox.path) {
    case .failure(let failure):
      throw WatchError(
        .inboxUnreadable, path: inbox.path,
        message: "the inbox folder cannot be read (\(failure.reason))",
        fix: "check that the folder exists and that arflow may read it")
    case .success(let names):
      return names.filter(InboxName.isCandidate).compactMap { name in
        let url = inbox.appendingPathComponent(name, isDirectory: false)
        return FileFingerprint.of(url.path).map {
          Sighting(name: name, url: url, fingerprint: $0)
        }
      }
    }
  }

  /// Checks that `inbox` is a folder that can be listed.
  /// - Throws: `WatchError` `inboxUnreadable` otherwise.
  static func requireFolder(_ inbox: URL) throws(WatchError) {
    _ = try sightings(in: inbox)
  }
}
