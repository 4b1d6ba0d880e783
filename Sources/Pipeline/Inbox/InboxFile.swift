import Crypto
public import Foundation
import Watcher

/// A file found at the top of `inbox/`, known by the SHA-256 of its bytes.
///
/// A file up to `largeFileSize` is read into memory once; a larger one is hashed in chunks and
/// mapped from disk, so that a statement of a million entries can be streamed with flat
/// memory. A file that cannot be read or mapped is an error (it stays where it is), never an
/// empty file.
public struct InboxFile: Sendable {
  public let url: URL
  /// Lowercase hex SHA-256 of the file's bytes: the file's identity, whatever its name.
  public let sha256: String
  /// The file's size in bytes.
  public let size: Int
  /// The file's bytes: read at once for a small file, mapped from disk for a large one.
  public let bytes: Data
  /// True when the file is larger than `largeFileSize` (its bytes are mapped, not read).
  public let isLarge: Bool

  /// Files larger than this are hashed in chunks and mapped, not read: 16 MiB. Debug builds (the
  /// tests of the large-file paths) may lower it with `ARFLOW_LARGE_FILE_BYTES`.
  static let largeFileSize: Int = {
    #if DEBUG
      if let bytes = ProcessInfo.processInfo.environment["ARFLOW_LARGE_FILE_BYTES"].flatMap(
        Int.init)
      {
        return bytes
      }
    #endif
    return 16 << 20
  }()

  public var name: String { url.lastPathComponent }

  /// Reads (or maps) the file and hashes it.
  /// - Throws: the file system's error when the file cannot be read or mapped.
  init(url: URL) throws {
    self.url = url
    let size =
      (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?
      .intValue ?? 0
    self.size = size
    isLarge = size > Self.largeFileSize
    var hash = SHA256()
    if !isLarge {
      bytes = try Data(contentsOf: url)
      hash.update(data: bytes)
    } else {
      bytes = try Data(contentsOf: url, options: .alwaysMapped)
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      while let chunk = try handle.read(upToCount: 4 << 20), !chunk.isEmpty {
        hash.update(data: chunk)
      }
    }
    sha256 = hash.finalize().map { byte in
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
