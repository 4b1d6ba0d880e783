import ArflowTesting
import Foundation
import Testing

@testable import Watcher

@Suite(.serialized)
struct InboxFilterTests {
  static let quick = WatchSettings(settle: .milliseconds(300), pollInterval: .milliseconds(500))

  @Test(
    "temporary, hidden and Office lock names and folders are never yielded; a .part renamed to its real name is, once"
  )
  func temporaryNames() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    for name in ["x.tmp", "~$x.xlsx", ".~lock.x#", "x.crdownload", ".hidden.csv", "x.filepart"] {
      try inbox.drop(name)
    }
    try FileManager.default.createDirectory(
      at: inbox.url("folder.csv"), withIntermediateDirectories: false)
    try inbox.drop("x.csv.part")
    try FileManager.default.moveItem(at: inbox.url("x.csv.part"), to: inbox.url("x.csv"))
    try inbox.drop("y.csv")
    #expect(await eventually { Set(log.names) == ["x.csv", "y.csv"] })
    try await Task.sleep(for: .milliseconds(1500))
    #expect(log.names.sorted() == ["x.csv", "y.csv"])
  }

  @Test("in done-marker mode a file waits for NAME.done, and the marker itself is not yielded")
  func doneMarkers() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    var settings = Self.quick
    settings.doneMarkers = true
    let watcher = try await startedWatcher(inbox, settings, log: log)
    defer { watcher.stop() }
    try inbox.drop("x.csv")
    try await Task.sleep(for: .milliseconds(1500))
    #expect(log.files.isEmpty)
    try inbox.drop("x.csv.done", "")
    #expect(await eventually { log.files.count >= 1 })
    try await Task.sleep(for: .milliseconds(1000))
    #expect(log.names == ["x.csv"])
  }

  @Test("empty files are not yielded until they have content")
  func emptyFiles() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log)
    defer { watcher.stop() }
    try inbox.drop("empty.csv", "")
    try inbox.drop("full.csv")
    #expect(await eventually { log.files.count >= 1 })
    try await Task.sleep(for: .milliseconds(1000))
    #expect(log.names == ["full.csv"])
  }

  @Test(
    "without inotify (as on a network file system) the periodic scan finds new files, and the log says so"
  )
  func pollingOnly() async throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let log = YieldLog()
    let watcher = try await startedWatcher(inbox, Self.quick, log: log, polling: true)
    defer { watcher.stop() }
    try inbox.drop("polled.csv")
    #expect(await eventually { log.files.count >= 1 })
    #expect(log.names == ["polled.csv"])
    #expect(log.notes.contains { $0.contains("scanned every 0.5s") })
  }
}
