public import Foundation
import Synchronization

/// Watches the top level of an inbox folder and yields files once they are stable, in arrival
/// order (oldest modification time first, then name).
///
/// Events from inotify are hints; a full scan is the truth: on start, when the kernel's event
/// queue overflowed, and every `pollInterval`. On network file systems (NFS, SMB, FUSE …), where
/// inotify does not see other machines' changes, the watcher only scans, and says so through
/// `note`. Each watch runs on its own thread.
public final class InboxWatcher: Sendable {
  let inbox: URL
  let settings: WatchSettings
  let note: @Sendable (String) -> Void
  /// Counters and switches for tests.
  let probe = WatchProbe()
  private let watches = Mutex(Watches())

  private struct Watches {
    var signals: [WakeSignal] = []
    var stopped = false
  }

  /// Prepares a watcher; nothing is watched until `stableFiles()` is called.
  /// - Parameters:
  ///   - inbox: the folder whose top level is watched.
  ///   - settings: settle time, poll interval and done-marker mode.
  ///   - note: receives one-line notes on how the inbox is watched (inotify or polling, and why;
  ///     overflows; an unreadable inbox). Notes never carry file contents.
  /// - Throws: `WatchError` `inboxUnreadable` when `inbox` is not a folder that can be listed.
  public init(
    inbox: URL, settings: WatchSettings, note: @escaping @Sendable (String) -> Void
  ) throws(WatchError) {
    try InboxListing.requireFolder(inbox)
    self.inbox = inbox
    self.settings = settings
    self.note = note
  }

  deinit {
    stop()
  }

  /// Stable files not yet handed out, starting with those already in the inbox.
  ///
  /// Each appearance of a name is yielded once: a file that stays in the inbox is not yielded
  /// again, while a file that disappears (or is replaced) and later shows up under the same name
  /// is. Identity is the name's appearance, not the content; de-duplicate by content hash.
  /// Every call starts its own watch; the stream ends on `stop()`, when the watcher is released,
  /// or when the consumer stops iterating.
  public func stableFiles() -> AsyncStream<StableFile> {
    let (stream, output) = AsyncStream.makeStream(of: StableFile.self)
    let signal = WakeSignal()
    let started = watches.withLock { watches in
      guard !watches.stopped else { return false }
      watches.signals.append(signal)
      return true
    }
    guard started else {
      output.finish()
      return stream
    }
    output.onTermination = { _ in signal.stop() }
    let loop = LoopParts(
      inbox: inbox, settings: settings, note: note, signal: signal, probe: probe, output: output)
    let thread = Thread {
      WatchLoop(
        inbox: loop.inbox, settings: loop.settings, note: loop.note, signal: loop.signal,
        probe: loop.probe, output: loop.output
      ).run()
    }
    thread.name = "arflow.watch"
    thread.start()
    return stream
  }

  /// Stops every watch of this watcher; their streams finish. Later calls to `stableFiles()`
  /// return finished streams.
  public func stop() {
    let signals = watches.withLock { watches in
      watches.stopped = true
      defer { watches.signals = [] }
      return watches.signals
    }
    for signal in signals { signal.stop() }
  }

  /// Leaves inotify events unread until `resumeEvents()` (tests: lets the kernel queue overflow).
  func pauseEvents() {
    probe.isPaused = true
  }

  /// Reads inotify events again and wakes the watch threads.
  func resumeEvents() {
    probe.isPaused = false
    for signal in watches.withLock({ $0.signals }) { signal.wake() }
  }
}

/// What a watch thread is started with; all of it may cross to that thread.
private struct LoopParts: Sendable {
  let inbox: URL
  let settings: WatchSettings
  let note: @Sendable (String) -> Void
  let signal: WakeSignal
  let probe: WatchProbe
  let output: AsyncStream<StableFile>.Continuation
}
