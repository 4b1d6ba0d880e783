import Foundation

extension WatchLoop {
  /// Applies a batch of inotify events: a full scan on overflow, otherwise a look at each name
  /// once.
  func handle(_ events: [InboxEvent]) {
    if events.contains(.overflow) {
      probe.countOverflow()
      note("inotify dropped events (queue overflow); rescanning the inbox")
      scan()
      return
    }
    var looked: Set<String> = []
    for event in events {
      switch event {
      case .arrived(let name):
        if looked.insert(name).inserted { arrived(name) }
      case .left(let name):
        book.forget(name)
        looked.remove(name)
      case .folderGone:
        queue = nil
        note(
          "the inbox folder was removed or moved; from now on it is only scanned every "
            + settings.pollInterval.shortText)
        scan()
        return
      case .overflow:
        break
      }
    }
  }

  /// A name was finished or moved in: look at it, or nudge the file a marker releases.
  private func arrived(_ name: String) {
    let now = ContinuousClock.now
    if InboxName.isCandidate(name) {
      guard let fingerprint = FileFingerprint.of(path(name)) else { return book.forget(name) }
      book.record(name, fingerprint, now: now, wallNow: Date())
    } else if settings.doneMarkers, let file = InboxName.markedFile(of: name) {
      book.postpone(file, until: now)
    }
  }
}
