import Foundation
import Parsers
import Synchronization

/// The XSD schema sets named with `--schemas`, compiled once per folder and process.
final class SchemaCache: Sendable {
  private let sets = Mutex<[String: XMLSchemaSet]>([:])

  static let shared = SchemaCache()

  /// The schema set in `folder`; nil when no folder is configured.
  /// - Throws: `PipelineError` when the folder or an entry schema cannot be read.
  func schemas(in folder: URL?) throws(PipelineError) -> XMLSchemaSet? {
    guard let folder else { return nil }
    if let known = sets.withLock({ $0[folder.path] }) { return known }
    do {
      let set = try XMLSchemaSet(directory: folder)
      sets.withLock { $0[folder.path] = set }
      return set
    } catch {
      throw PipelineError(
        .schemas, error.message,
        fix: "point --schemas at a folder with ubl-2.1/ and cii-d16b/ (see mappings/README.md)",
        location: folder.path, cause: error)
    }
  }
}
