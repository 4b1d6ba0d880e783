import ArflowTesting
import Foundation
import Testing

@testable import Watcher

@Suite(.serialized)
struct InboxWatcherTests {
  static let quick = WatchSettings(settle: .milliseconds(300), pollInterval: .milliseconds(500))

  @Test("a file written slowly for 5 s is yielded once, after the writer finished, at full size")
  func slowWriter() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    let finished = Shared<ContinuousClock.Instant?>(nil)
    let url = inbox.url("slow.csv")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1000)
    let writer = Task.detached {
      let handle = try FileHandle(forWritingTo: url)
      for _ in 1...20 {
        try handle.write(contentsOf: chunk)
        try await Task.sleep(for: .milliseconds(250))
      }
      finished.value = ContinuousClock.now
      try handle.close()
    }
    try await writer.value
    #expect(await eventually { log.files.count >= 1 })
    try await Task.sleep(for: .milliseconds(1500))
    let arrivals = log.arrivals
    try #require(arrivals.count == 1, "yielded \(log.names)")
    #expect(arrivals[0].file.size == 20_000)
    #expect(arrivals[0].file.name == "slow.csv")
    let end = try #require(finished.value)
    #expect(arrivals[0].at > end)
  }

  @Test("a writer that pauses longer than the settle time but keeps the file open is waited for")
  func pausingWriter() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    let url = inbox.url("paused.csv")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data("invoice,amount\n".utf8))
    try await Task.sleep(for: .milliseconds(1500))
    #expect(log.files.isEmpty)
    try handle.write(contentsOf: Data("R-1,10.00\n".utf8))
    try handle.close()
    #expect(await eventually { log.files.count >= 1 })
    try await Task.sleep(for: .milliseconds(1000))
    #expect(log.files.map(\.size) == [25])
  }

  @Test("1,000 files dropped in a burst are each yielded exactly once")
  func thousandFiles() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    let body = String(repeating: "R-1,C1,Customer,2026-09-01,10.00\n", count: 100)
    let names = (1...1000).map { "batch-\($0).csv" }
    for name in names { try inbox.drop(name, body) }
    #expect(await eventually(timeout: .seconds(120)) { log.files.count >= 1000 })
    try await Task.sleep(for: .milliseconds(1500))
    #expect(log.files.count == 1000)
    #expect(Set(log.names) == Set(names))
  }

  @Test("files that were there before the watch started are found by the start scan, oldest first")
  func filesBeforeStart() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    for name in ["c.csv", "b.csv", "a.csv"] { try inbox.drop(name) }
    try inbox.age("a.csv", by: 300)
    try inbox.age("b.csv", by: 200)
    try inbox.age("c.csv", by: 200)
    let log = YieldLog()
    let settings = WatchSettings(settle: .milliseconds(300), pollInterval: .seconds(3600))
    let watcher = try await startedWatcher(inbox, settings, log: log)
    defer { watcher.stop() }
    #expect(await eventually { log.files.count >= 3 })
    #expect(log.names == ["a.csv", "b.csv", "c.csv"])
  }

  @Test("a file that leaves and comes back under the same name is yielded again")
  func sameNameAgain() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    try inbox.drop("again.csv")
    #expect(await eventually { log.files.count >= 1 })
    try FileManager.default.removeItem(at: inbox.url("again.csv"))
    try await Task.sleep(for: .milliseconds(700))
    try inbox.drop("again.csv", "invoice,amount\nR-2,20.00\n")
    #expect(await eventually { log.files.count >= 2 })
    try await Task.sleep(for: .milliseconds(1000))
    #expect(log.names == ["again.csv", "again.csv"])
  }

  @Test("stop() ends the stream, and a stopped watcher starts no new watch")
  func stopEndsStream() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try InboxWatcher(inbox: inbox.inbox, settings: Self.quick, note: log.note)
    let consumer = log.follow(watcher)
    watcher.stop()
    await consumer.value
    var after = watcher.stableFiles().makeAsyncIterator()
    #expect(await after.next() == nil)
  }

  @Test("a missing inbox is refused with where it is and what to do")
  func missingInbox() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let missing = inbox.root.appendingPathComponent("nope", isDirectory: true)
    let error = #expect(throws: WatchError.self) {
      try InboxWatcher(inbox: missing, settings: WatchSettings()) { _ in }
    }
    #expect(error?.code == .inboxUnreadable)
    #expect(error?.path == missing.path)
    #expect(error?.description.contains("Fix: ") == true)
  }
}
