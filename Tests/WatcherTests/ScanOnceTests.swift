import Foundation
import Testing

@testable import Watcher

@Suite(.serialized)
struct ScanOnceTests {
  static let quick = WatchSettings(settle: .milliseconds(300), pollInterval: .seconds(30))

  @Test(
    "files that stopped changing long ago are returned in arrival order: oldest first, then name")
  func arrivalOrder() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    for name in ["b.csv", "a.csv", "old.xml"] { try inbox.drop(name) }
    try inbox.age("old.xml", by: 3600)
    try inbox.age("a.csv", by: 60)
    try inbox.age("b.csv", by: 60)
    let files = try InboxWatcher.scanOnce(inbox: inbox.inbox, settings: WatchSettings())
    #expect(files.map(\.name) == ["old.xml", "a.csv", "b.csv"])
    #expect(files.allSatisfy { $0.size > 0 })
  }

  @Test("a fresh file that does not change within the settle time is returned")
  func freshFile() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try inbox.drop("fresh.csv")
    let files = try InboxWatcher.scanOnce(inbox: inbox.inbox, settings: Self.quick)
    #expect(files.map(\.name) == ["fresh.csv"])
  }

  @Test("a file a writer still holds open, an empty file and temporary names are left for later")
  func leftForLater() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let held = try inbox.drop("held.csv")
    try inbox.age("held.csv", by: 60)
    let writer = try FileHandle(forWritingTo: held)
    defer { try? writer.close() }
    try inbox.drop("empty.csv", "")
    try inbox.drop("x.tmp")
    try inbox.drop("done.csv")
    let files = try InboxWatcher.scanOnce(inbox: inbox.inbox, settings: Self.quick)
    #expect(files.map(\.name) == ["done.csv"])
  }

  @Test("in done-marker mode only a file with a marker not older than itself is returned")
  func doneMarkers() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    var settings = Self.quick
    settings.doneMarkers = true
    for name in ["marked.csv", "unmarked.csv", "stale.csv"] { try inbox.drop(name) }
    try inbox.drop("marked.csv.ok", "")
    try inbox.drop("stale.csv.done", "")
    try inbox.age("stale.csv.done", by: 600)
    let files = try InboxWatcher.scanOnce(inbox: inbox.inbox, settings: settings)
    #expect(files.map(\.name) == ["marked.csv"])
    #expect(files.first?.marker?.lastPathComponent == "marked.csv.ok")
  }

  @Test("an unreadable inbox is a located error")
  func missingInbox() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    let missing = inbox.root.appendingPathComponent("gone", isDirectory: true)
    let error = #expect(throws: WatchError.self) {
      try InboxWatcher.scanOnce(inbox: missing, settings: Self.quick)
    }
    #expect(error?.code == .inboxUnreadable)
    #expect(error?.path == missing.path)
  }
}
