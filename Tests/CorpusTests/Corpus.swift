import ArflowTesting
import Foundation
import Parsers

/// The shared test corpus (real-world files, never copied into the package), found by walking
/// up from this source file to the first folder that has `shared/corpus`.
enum Corpus {
  /// `<ancestor>/shared/corpus`, or nil when no ancestor has one.
  static let root: URL? = sharedFolder("corpus")

  /// `<ancestor>/shared/NAME` for the nearest ancestor of this source file that has one.
  static func sharedFolder(_ name: String) -> URL? { SharedFolder.folder(name) }

  /// Whether the corpus is there; prints why not, so a skipped run says so.
  static var isAvailable: Bool {
    if root == nil {
      print("CorpusTests skipped: no ancestor of \(#filePath) has a shared/corpus folder")
    }
    return root != nil
  }

  /// The names of the files in a corpus folder (e.g. `bank/camt053`), sorted, companions
  /// (`*.expected.json`, `*-metadata.json`) and `SOURCES.md` left out.
  static func files(in folder: String) -> [String] {
    guard let root else { return [] }
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(folder).path)) ?? []
    return names.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".md") }.sorted()
  }

  /// The bytes of a corpus file such as `bank/camt053/oca-test-camt053`.
  static func bytes(_ path: String) throws -> Data {
    guard let root else { throw CocoaError(.fileNoSuchFile) }
    return try Data(contentsOf: root.appendingPathComponent(path))
  }

  /// Every camt statement in a corpus file (concatenated documents included), in file order.
  static func camtStatements(_ path: String) throws -> [BankStatement] {
    try CamtReader.read(bytes(path), file: (path as NSString).lastPathComponent)
  }

  /// The same, streamed from disk with `CamtReader.stream(contentsOf:…)` and collected.
  static func camtStatementsFromDisk(_ path: String) throws -> [BankStatement] {
    guard let root else { throw CocoaError(.fileNoSuchFile) }
    var statements: [BankStatement] = []
    var entries: [BankStatementEntry] = []
    try CamtReader.stream(
      contentsOf: root.appendingPathComponent(path), file: (path as NSString).lastPathComponent,
      statement: { _ in entries = [] },
      entry: { entries.append($0) },
      finished: { header in
        var statement = header
        statement.entries = entries
        statements.append(statement)
      })
    return statements
  }
}
