public import Foundation

extension InboxWatcher {
  /// One synchronous pass for `arflow run`: every candidate that is stable now, or becomes
  /// stable within one settle time, in arrival order.
  ///
  /// A file whose modification time is older than the settle time and that no process holds
  /// open for writing is stable at once; a fresher one (or one still held) is looked at again
  /// after the settle time and taken only if it did not change meanwhile. Files still being
  /// written, empty files younger than a minute (they are taken, to be refused as empty, once
  /// they stayed empty that long) and (in done-marker mode) files without their marker are left
  /// for a later pass. Blocks the calling thread for at most the settle time, and only when a fresh
  /// or held file needs a second look.
  /// - Throws: `WatchError` `inboxUnreadable` when the inbox cannot be listed.
  public static func scanOnce(inbox: URL, settings: WatchSettings) throws(WatchError)
    -> [StableFile]
  {
    let start = ContinuousClock.now
    let wallNow = Date()
    let sightings = try InboxListing.sightings(in: inbox).filter {
      WatchSettings.mayTake($0.fingerprint, at: wallNow)
    }
    guard !sightings.isEmpty else { return [] }
    var writers = OpenWriters.current()
    var stable: [StableFile] = []
    var pending: [InboxListing.Sighting] = []
    for sighting in sightings {
      let fresh = !sighting.fingerprint.isOlder(than: settings.settle, at: wallNow)
      if fresh || writers.contains(sighting.fingerprint.identity) {
        pending.append(sighting)
      } else if let file = release(sighting, in: inbox, settings: settings) {
        stable.append(file)
      }
    }
    if !pending.isEmpty && settings.settle > .zero {
      Thread.sleep(
        forTimeInterval: max(start + settings.settle - ContinuousClock.now, .zero).seconds)
      writers = OpenWriters.current()
    }
    for sighting in pending
    where FileFingerprint.of(sighting.url.path) == sighting.fingerprint
      && !writers.contains(sighting.fingerprint.identity)
    {
      if let file = release(sighting, in: inbox, settings: settings) { stable.append(file) }
    }
    return stable.sorted(by: StableFile.arrivalOrder)
  }

  /// The stable file for a quiet sighting, or nil when done-marker mode finds no marker.
  private static func release(
    _ sighting: InboxListing.Sighting, in inbox: URL, settings: WatchSettings
  ) -> StableFile? {
    guard settings.doneMarkers else {
      return StableFile(url: sighting.url, fingerprint: sighting.fingerprint, marker: nil)
    }
    return DoneMarker.releasing(sighting.name, in: inbox, fingerprint: sighting.fingerprint).map {
      StableFile(url: sighting.url, fingerprint: sighting.fingerprint, marker: $0)
    }
  }
}
