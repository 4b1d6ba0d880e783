import ArflowTesting
import Foundation
import Synchronization
import Testing

@testable import Watcher

/// Collects what a watcher yields (and the notes it writes) while a test runs.
final class YieldLog: Sendable {
  private let yields = Mutex<[(file: StableFile, at: ContinuousClock.Instant)]>([])
  private let notesSeen = Mutex<[String]>([])

  /// The note closure to hand to `InboxWatcher`.
  var note: @Sendable (String) -> Void {
    { [self] text in notesSeen.withLock { $0.append(text) } }
  }

  var notes: [String] { notesSeen.withLock { $0 } }
  var files: [StableFile] { yields.withLock { $0.map(\.file) } }
  var names: [String] { files.map(\.name) }
  var arrivals: [(file: StableFile, at: ContinuousClock.Instant)] { yields.withLock { $0 } }

  /// Starts consuming the watcher's stream into this log.
  @discardableResult
  func follow(_ watcher: InboxWatcher) -> Task<Void, Never> {
    let stream = watcher.stableFiles()
    return Task { [self] in
      for await file in stream {
        yields.withLock { $0.append((file, ContinuousClock.now)) }
      }
    }
  }
}

/// A watcher on `inbox` whose first scan is done (so later files arrive after the start).
func startedWatcher(
  _ inbox: TempInbox, _ settings: WatchSettings, log: YieldLog, polling: Bool = false
) async throws -> InboxWatcher {
  let watcher = try InboxWatcher(inbox: inbox.inbox, settings: settings, note: log.note)
  watcher.probe.forcePolling = polling
  log.follow(watcher)
  let started = await eventually { watcher.probe.scans >= 1 }
  try #require(started, "the watcher never finished its first scan")
  return watcher
}
