import DurableFiles
import Foundation
import Testing

struct AtomicWriterTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a batch folder appears whole, with no temporary left behind")
  func writesFolder() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    try AtomicWriter.writeFolder(
      named: "B1", in: parent, files: [("a.txt", Data("a".utf8)), ("b.txt", Data("b".utf8))])
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["B1"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("B1").path)
        .sorted() == ["a.txt", "b.txt"])
  }

  @Test("an error in the middle of a batch leaves nothing visible")
  func failureLeavesNothing() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    #expect(throws: DurableFileError.self) {
      try AtomicWriter.writeFolder(
        named: "B1", in: parent, files: [("a.txt", Data("a".utf8)), ("sub/b.txt", Data("b".utf8))])
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
  }

  @Test("an existing batch is never overwritten, and a killed writer's leftovers are cleared")
  func neverOverwrites() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    try FileManager.default.createDirectory(
      at: parent.appendingPathComponent(".B1.partial-dead"), withIntermediateDirectories: true)
    try AtomicWriter.writeFolder(named: "B1", in: parent, files: [("a.txt", Data("first".utf8))])
    #expect(throws: DurableFileError.self) {
      try AtomicWriter.writeFolder(named: "B1", in: parent, files: [("a.txt", Data("second".utf8))])
    }
    #expect(
      try String(contentsOf: parent.appendingPathComponent("B1/a.txt"), encoding: .utf8) == "first")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["B1"])
  }

  @Test("a single file is replaced atomically")
  func writesFile() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let file = parent.appendingPathComponent("report.txt")
    try AtomicWriter.write(Data("one".utf8), to: file)
    try AtomicWriter.write(Data("two".utf8), to: file)
    #expect(try String(contentsOf: file, encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report.txt"])
  }
}
