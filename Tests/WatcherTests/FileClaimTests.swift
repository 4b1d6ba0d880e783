import Foundation
import Testing

@testable import Watcher

struct FileClaimTests {
  /// The stable files of an inbox, as `arflow run` sees them.
  private func stable(_ inbox: TempInbox, doneMarkers: Bool = false) throws -> [StableFile] {
    let settings = WatchSettings(settle: .zero, doneMarkers: doneMarkers)
    return try InboxWatcher.scanOnce(inbox: inbox.inbox, settings: settings)
  }

  @Test("a claimed file moves into inbox/.work/ unchanged and leaves the inbox")
  func claims() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try inbox.drop("x.csv", "invoice,amount\nR-9,99.00\n")
    let file = try #require(try stable(inbox).first)
    let claimed = try FileClaim.claim(file, into: inbox.work)
    #expect(claimed == inbox.work.appendingPathComponent("x.csv"))
    #expect(try String(contentsOf: claimed, encoding: .utf8) == "invoice,amount\nR-9,99.00\n")
    #expect(!FileManager.default.fileExists(atPath: inbox.url("x.csv").path))
  }

  @Test("a file of the same name already in .work is never replaced; the new one gets a suffix")
  func neverReplaces() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try FileManager.default.createDirectory(at: inbox.work, withIntermediateDirectories: true)
    try Data("earlier".utf8).write(to: inbox.work.appendingPathComponent("x.csv"))
    try Data("earlier too".utf8).write(to: inbox.work.appendingPathComponent("x-1.csv"))
    try inbox.drop("x.csv", "newer")
    let file = try #require(try stable(inbox).first)
    let claimed = try FileClaim.claim(file, into: inbox.work)
    #expect(claimed.lastPathComponent == "x-2.csv")
    #expect(inbox.workNames() == ["x-1.csv", "x-2.csv", "x.csv"])
    let earlier = inbox.work.appendingPathComponent("x.csv")
    #expect(try String(contentsOf: earlier, encoding: .utf8) == "earlier")
    #expect(try String(contentsOf: claimed, encoding: .utf8) == "newer")
  }

  @Test("a file that vanished before the claim gives the code vanished")
  func vanished() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try inbox.drop("x.csv")
    let file = try #require(try stable(inbox).first)
    try FileManager.default.removeItem(at: file.url)
    let error = #expect(throws: WatchError.self) { try FileClaim.claim(file, into: inbox.work) }
    #expect(error?.code == .vanished)
    #expect(error?.path == file.url.path)
  }

  @Test("a file written to after it was found stable is not claimed (code changed)")
  func changed() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try inbox.drop("x.csv")
    let file = try #require(try stable(inbox).first)
    let handle = try FileHandle(forWritingTo: file.url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("R-2,20.00\n".utf8))
    try handle.close()
    let error = #expect(throws: WatchError.self) { try FileClaim.claim(file, into: inbox.work) }
    #expect(error?.code == .changed)
    #expect(FileManager.default.fileExists(atPath: file.url.path))
  }

  @Test("in done-marker mode the claim removes the marker that released the file")
  func removesMarker() throws {
    let inbox = try TempInbox()
    defer { inbox.remove() }
    try inbox.drop("x.csv")
    try inbox.drop("x.csv.done", "")
    let file = try #require(try stable(inbox, doneMarkers: true).first)
    _ = try FileClaim.claim(file, into: inbox.work)
    #expect(!FileManager.default.fileExists(atPath: inbox.url("x.csv.done").path))
    #expect(inbox.workNames() == ["x.csv"])
  }

  @Test(
    "taken names get a numbered suffix before the extension",
    arguments: [
      ("x.csv", 0, "x.csv"), ("x.csv", 1, "x-1.csv"), ("camt.053.xml", 2, "camt.053-2.xml"),
      ("README", 3, "README-3"), (".profile", 1, ".profile-1"),
    ])
  func suffixes(name: String, attempt: Int, expected: String) {
    #expect(ClaimName.numbered(name, attempt) == expected)
  }
}
