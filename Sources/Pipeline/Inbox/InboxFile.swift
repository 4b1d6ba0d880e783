import Crypto
public import Foundation
import Watcher

/// A file found at the top of `inbox/`, read once and known by the SHA-256 of its bytes.
public struct InboxFile: Sendable {
  public let url: URL
  public let bytes: Data
  /// Lowercase hex SHA-256 of `bytes`: the file's identity, whatever its name.
  public let sha256: String

  public var name: String { url.lastPathComponent }

  init(url: URL) throws {
    self.url = url
    bytes = try Data(contentsOf: url)
    sha256 = SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// The files waiting at the top of `inbox`, oldest modification first (then by name).
  /// With `includingAllNames`, temporary-looking names count too (for `.work/`, where every
  /// file was claimed on purpose).
  static func waiting(in inbox: URL, includingAllNames: Bool = false) throws -> [URL] {
    let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey]
    let entries = try FileManager.default.contentsOfDirectory(
      at: inbox, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    let files = try entries.filter { url in
      try url.resourceValues(forKeys: Set(keys)).isRegularFile == true
        && (includingAllNames || InboxName.isCandidate(url.lastPathComponent))
    }
    return try files.map { url in
      (url, try url.resourceValues(forKeys: Set(keys)).contentModificationDate ?? .distantPast)
    }.sorted { ($0.1, $0.0.lastPathComponent) < ($1.1, $1.0.lastPathComponent) }.map(\.0)
  }
}
