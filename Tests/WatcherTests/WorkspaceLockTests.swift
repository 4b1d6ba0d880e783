import Foundation
import Glibc
import Testing
import Watcher

@Suite(.serialized)
struct WorkspaceLockTests {
  @Test("a second lock on the same workspace is refused, naming the holder's purpose and pid")
  func secondRefused() throws {
    let space = try TempInbox()
    defer { space.remove() }
    let lockFile = space.root.appendingPathComponent(".arflow/lock")
    let first = try WorkspaceLock.acquire(at: lockFile, purpose: "watch")
    defer { first.release() }
    let error = #expect(throws: WatchError.self) {
      try WorkspaceLock.acquire(at: lockFile, purpose: "run")
    }
    #expect(error?.code == .locked)
    #expect(error?.message.contains("another arflow (watch, pid \(getpid()))") == true)
    #expect(error?.message.contains(" since ") == true)
    #expect(error?.fix.contains("stop it or wait") == true)
  }

  @Test("after release the workspace can be locked again")
  func releaseFrees() throws {
    let space = try TempInbox()
    defer { space.remove() }
    let lockFile = space.root.appendingPathComponent(".arflow/lock")
    let first = try WorkspaceLock.acquire(at: lockFile, purpose: "run")
    first.release()
    first.release()
    let second = try WorkspaceLock.acquire(at: lockFile, purpose: "watch")
    second.release()
  }

  @Test(
    "a lock held by a process killed with SIGKILL is free again",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func killedHolder() throws {
    let space = try TempInbox()
    defer { space.remove() }
    let lockFile = space.root.appendingPathComponent(".arflow/lock")
    try FileManager.default.createDirectory(
      at: lockFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/bin/sh")
    holder.arguments = [
      "-c",
      #"exec 9>>"$1"; /usr/bin/flock -n 9 || exit 3; printf 'pid=%s\npurpose=test\n' $$ >&9; "#
        + #"echo locked; exec sleep 60"#,
      "sh", lockFile.path,
    ]
    let output = Pipe()
    holder.standardOutput = output
    try holder.run()
    defer {
      if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
    }
    let said = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    try #require(said.contains("locked"), "the holder could not lock: \(said)")
    let error = #expect(throws: WatchError.self) {
      try WorkspaceLock.acquire(at: lockFile, purpose: "watch")
    }
    #expect(error?.message.contains("(test, pid \(holder.processIdentifier))") == true)
    kill(holder.processIdentifier, SIGKILL)
    holder.waitUntilExit()
    let lock = try WorkspaceLock.acquire(at: lockFile, purpose: "watch")
    lock.release()
  }
}
