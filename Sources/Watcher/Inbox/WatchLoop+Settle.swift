import Foundation

extension WatchLoop {
  /// Looks again at every file that is due and yields, in arrival order, those that stayed
  /// unchanged for the settle time, are not empty, are held open by no writer and (in
  /// done-marker mode) have their marker.
  func yieldStableFiles() {
    let now = ContinuousClock.now
    let wallNow = Date()
    var ready: [StableFile] = []
    for name in book.due(at: now) {
      guard let fingerprint = FileFingerprint.of(path(name)) else {
        book.forget(name)
        continue
      }
      guard book.record(name, fingerprint, now: now, wallNow: wallNow) == .unchanged else {
        continue
      }
      guard let entry = book.entries[name], book.isQuiet(name, now: now, wallNow: wallNow) else {
        book.postpone(name, until: (book.entries[name]?.changedAt ?? now) + settings.settle)
        continue
      }
      var marker: URL?
      if settings.doneMarkers {
        marker = DoneMarker.releasing(name, in: inbox, fingerprint: entry.fingerprint)
      }
      guard WatchSettings.mayTake(fingerprint, at: wallNow), marker != nil || !settings.doneMarkers
      else {
        book.postpone(name, until: now + settings.recheck)
        continue
      }
      let url = inbox.appendingPathComponent(name, isDirectory: false)
      ready.append(StableFile(url: url, fingerprint: fingerprint, marker: marker))
    }
    guard !ready.isEmpty else { return }
    let writers = OpenWriters.current()
    for file in ready.sorted(by: StableFile.arrivalOrder) {
      if writers.contains(file.fingerprint.identity) {
        book.postpone(file.name, until: now + settings.recheck)
      } else {
        book.markHandedOut(file.name)
        output.yield(file)
      }
    }
  }
}
