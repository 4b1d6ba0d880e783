import ArflowTesting
import Foundation
import Testing

/// The repository root is a usable workspace (`inbox/`, `outbox/`, `mappings/`): what a run
/// writes there is ignored by git, and a run writes nowhere else.
struct RepositoryWorkspaceTests {
  static let root = EmbeddedDefaultsSource.folder.deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private func git(_ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-C", Self.root.path] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test(
    "what a run writes in the repository root is ignored by git",
    .enabled(
      if: FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path),
      "not a git checkout"),
    arguments: [
      "inbox/items.csv", "inbox/.work/items.csv", "inbox/processed/2026-11-20/items.csv",
      "inbox/failed/items.csv", "inbox/failed/items.csv.error.txt",
      "inbox/failed/resolved/items.csv", "outbox/reminders/2026-11-20-01/manifest.csv",
      "outbox/reconciliation/2026-11-20-001-matched.csv", ".arflow/ledger.sqlite",
      ".arflow/lock",
    ])
  func ignored(path: String) throws {
    #expect(try git(["check-ignore", "-q", path]) == 0, "\(path) is not ignored")
  }

  @Test(
    "the workspace folders themselves stay in git",
    .enabled(
      if: FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path),
      "not a git checkout"),
    arguments: ["inbox/.gitkeep", "outbox/.gitkeep", "mappings/policy.yaml"])
  func tracked(path: String) throws {
    #expect(try git(["check-ignore", "-q", path]) != 0, "\(path) is ignored")
  }

  @Test("a run writes only in inbox/, outbox/ and .arflow/, never in mappings/")
  func runWritesOnlyThere() throws {
    let space = try TestWorkspace()
    func files() -> Set<String> {
      var paths: Set<String> = []
      let walker = FileManager.default.enumerator(atPath: space.root.path)
      while let path = walker?.nextObject() as? String { paths.insert(path) }
      return paths
    }
    let before = files()
    try space.drop(
      "items.csv",
      "invoice_number,customer_id,customer_name,invoice_date,due_date,amount\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00\n"
    )
    _ = try space.run(on: "2026-11-20")
    let written = files().subtracting(before)
    #expect(!written.isEmpty)
    for path in written {
      #expect(
        ["inbox", "outbox", ".arflow"].contains { path == $0 || path.hasPrefix($0 + "/") },
        "a run wrote \(path)")
    }
  }
}
