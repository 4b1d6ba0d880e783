import Foundation

/// Where a CSV reader's bytes come from: bytes already in memory or a file read chunk by chunk.
struct ByteSource {
  private enum Storage {
    case memory(Data)
    case file(FileHandle)
  }

  private let storage: Storage
  /// The file name used in errors.
  let file: String
  /// The offset of the next byte `read` returns.
  private var position = 0
  private var isClosed = false

  /// A source over bytes in memory.
  init(bytes: Data, file: String) {
    storage = .memory(bytes)
    self.file = file
  }

  /// A source over a file on disk, opened for reading.
  /// - Throws: `unreadableFile` when the file cannot be opened.
  init(url: URL, file: String) throws(ParseError) {
    do {
      storage = .file(try FileHandle(forReadingFrom: url))
    } catch {
      throw Self.unreadable(file, error)
    }
    self.file = file
  }

  /// The next at most `count` bytes, or nil at the end.
  /// - Throws: `unreadableFile` when reading fails.
  mutating func read(upTo count: Int) throws(ParseError) -> Data? {
    guard !isClosed else { return nil }
    let chunk: Data
    switch storage {
    case .memory(let bytes):
      let start = bytes.startIndex + position
      let end = min(start + count, bytes.endIndex)
      guard start < end else { return nil }
      chunk = bytes[start..<end]
    case .file(let handle):
      do {
        guard let read = try handle.read(upToCount: count), !read.isEmpty else { return nil }
        chunk = read
      } catch {
        throw Self.unreadable(file, error)
      }
    }
    position += chunk.count
    return chunk
  }

  /// Moves to byte `offset` of the file.
  /// - Throws: `unreadableFile` when the file cannot be positioned.
  mutating func seek(to offset: Int) throws(ParseError) {
    if case .file(let handle) = storage {
      do {
        try handle.seek(toOffset: UInt64(offset))
      } catch {
        throw Self.unreadable(file, error)
      }
    }
    position = offset
  }

  /// Closes the file, if there is one; reading after that finds the end.
  mutating func close() {
    guard !isClosed else { return }
    isClosed = true
    if case .file(let handle) = storage { try? handle.close() }
  }

  private static func unreadable(_ file: String, _ error: any Error) -> ParseError {
    ParseError(
      .unreadableFile, file: file,
      message: "the file could not be read (\(error.localizedDescription))",
      fix: "check that the file exists, is readable and is not being written to")
  }
}
