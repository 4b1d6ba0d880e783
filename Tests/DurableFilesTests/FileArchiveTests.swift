import DurableFiles
import Foundation
import Testing

struct FileArchiveTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "archive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a file archived under a taken name gets the suffix, then a counter; nothing is replaced")
  func neverReplaces() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let archive = root.appendingPathComponent("processed")
    var placed: [String] = []
    for content in ["one", "two", "three"] {
      let source = root.appendingPathComponent("items.csv")
      try Data(content.utf8).write(to: source)
      placed.append(
        try FileArchive.move(source, into: archive, suffix: "1a2b3c4d").lastPathComponent)
    }
    #expect(placed == ["items.csv", "items-1a2b3c4d.csv", "items-1a2b3c4d-2.csv"])
    let contents = try placed.map {
      try String(contentsOf: archive.appendingPathComponent($0), encoding: .utf8)
    }
    #expect(contents == ["one", "two", "three"])
  }

  @Test("two movers racing for one name both keep their file")
  func race() async throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let archive = root.appendingPathComponent("processed")
    let sources = (0..<40).map { root.appendingPathComponent("in-\($0)/items.csv") }
    for (index, source) in sources.enumerated() {
      try FileManager.default.createDirectory(
        at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("file \(index)".utf8).write(to: source)
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (index, source) in sources.enumerated() {
        group.addTask {
          _ = try FileArchive.move(source, into: archive, suffix: "h\(index)", flush: false)
        }
      }
      try await group.waitForAll()
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: archive.path)
    #expect(names.count == 40)
    let contents = Set(
      try names.map { try String(contentsOf: archive.appendingPathComponent($0), encoding: .utf8) })
    #expect(contents.count == 40)
  }

  @Test("a file that is gone is said to be gone")
  func gone() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let error = #expect(throws: DurableFileError.self) {
      try FileArchive.move(
        root.appendingPathComponent("missing.csv"), into: root.appendingPathComponent("out"),
        suffix: "x")
    }
    #expect(error?.code == .moveFailed)
  }
}
