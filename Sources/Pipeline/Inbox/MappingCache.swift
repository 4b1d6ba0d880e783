import Foundation
import Normalizer
import Synchronization

/// The workspace's source mappings, read once and read again only when a mapping file changes
/// (its name, size or modification time), so that a watch over thousands of files does not
/// parse every YAML file for each of them.
final class MappingCache: Sendable {
  private struct Entry {
    var signature: [String]
    var mappings: [SourceMapping]
  }

  private let entries = Mutex<[String: Entry]>([:])

  static let shared = MappingCache()

  func mappings(in folder: URL) throws(NormalizerError) -> [SourceMapping] {
    let signature = Self.signature(of: folder)
    if let entry = entries.withLock({ $0[folder.path] }), entry.signature == signature {
      return entry.mappings
    }
    let mappings = try SourceMapping.loadAll(from: folder)
    entries.withLock { $0[folder.path] = Entry(signature: signature, mappings: mappings) }
    return mappings
  }

  private static func signature(of folder: URL) -> [String] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    return names.map { name in
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(name).path)
      let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return "\(name)|\(size)|\(modified)"
    }
  }
}
