import ArflowTesting
import Foundation
import Glibc
import Testing

@testable import Watcher

@Suite(.serialized)
struct OverflowTests {
  /// The kernel's limit on queued inotify events per instance (16384 on most systems).
  static func queueLimit() -> Int {
    let text = try? String(
      contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8)
    return text.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16_384
  }

  /// Opens a file for writing and closes it again: one IN_CLOSE_WRITE event.
  static func touchForWriting(_ path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    if descriptor >= 0 { close(descriptor) }
  }

  @Test("when the kernel's inotify queue overflows, a rescan finds every file whose event was lost")
  func overflowRescans() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let settings = WatchSettings(settle: .milliseconds(300), pollInterval: .seconds(3600))
    let watcher = try await startedWatcher(inbox, settings, log: log)
    defer { watcher.stop() }
    watcher.pauseEvents()
    // Alternating names, so the kernel cannot merge consecutive identical events.
    let burst = [inbox.url("burst-a.csv").path, inbox.url("burst-b.csv").path]
    for index in 0..<(Self.queueLimit() + 500) { Self.touchForWriting(burst[index % 2]) }
    let names = (1...50).map { "late-\($0).csv" }
    for name in names { try inbox.drop(name) }
    watcher.resumeEvents()
    #expect(await eventually(timeout: .seconds(60)) { log.files.count >= 50 })
    try await Task.sleep(for: .milliseconds(1000))
    #expect(watcher.probe.overflows >= 1)
    #expect(log.notes.contains { $0.contains("overflow") })
    #expect(log.names.sorted() == names.sorted())
  }
}
