import Foundation

/// One quick pass over a file before it is streamed: its first 64 KB (for the prolog check)
/// and whether an `<?xml` declaration appears after its start, which means several documents
/// one after another (or a broken one); those files are split exactly in memory instead.
///
/// The pass reads 1 MB at a time and looks for `?` with `memchr`, so it costs one fast read of
/// the file and no memory.
struct XMLFileSurvey {
  /// The first bytes of the file, at most 64 KB.
  let head: [UInt8]
  /// Whether the head is the whole file.
  let headIsWholeFile: Bool
  /// Whether no `<?xml` declaration follows the file's first one (or its first content).
  let isSingleDocument: Bool

  private static let headLength = 1 << 16
  private static let chunkLength = 1 << 20

  /// Reads the file once.
  /// - Throws: `unreadableFile` when it cannot be opened or read.
  init(url: URL, file: String) throws(ParseError) {
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw XMLFileInput.unreadable(file, error)
    }
    defer { try? handle.close() }
    var head: [UInt8] = []
    var carry: [UInt8] = []
    var contentStarted = false
    var single = true
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: Self.chunkLength) ?? Data()
      } catch {
        throw XMLFileInput.unreadable(file, error)
      }
      if chunk.isEmpty { break }
      if head.count < Self.headLength { head += chunk.prefix(Self.headLength - head.count) }
      let window = carry + chunk
      if single {
        single = !Self.hasLaterDeclaration(window, contentStarted: &contentStarted)
      }
      carry = Array(window.suffix(5))
    }
    self.head = head
    headIsWholeFile = head.count < Self.headLength
    isSingleDocument = single
  }

  /// Whether `window` holds `<?xml` and XML whitespace after the file's first non-blank byte
  /// (a byte-order mark counts as blank); `contentStarted` carries that over windows.
  private static func hasLaterDeclaration(_ window: [UInt8], contentStarted: inout Bool) -> Bool {
    window.withUnsafeBytes { bytes in
      var start = 0
      if !contentStarted {
        let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]
        guard let first = bytes.firstIndex(where: { !blank.contains($0) }) else { return false }
        contentStarted = true
        start = first + 1
      }
      var index = start
      while let mark = XMLDocumentBoundaries.find(
        UInt8(ascii: "?"), in: bytes, from: index, to: bytes.count)
      {
        let open = mark - 1
        if open >= start, open + 5 < bytes.count,
          XMLDocumentBoundaries.starts(bytes, at: open, with: "<?xml"),
          [0x20, 0x09, 0x0A, 0x0D].contains(bytes[open + 5])
        {
          return true
        }
        index = mark + 1
      }
      return false
    }
  }
}
