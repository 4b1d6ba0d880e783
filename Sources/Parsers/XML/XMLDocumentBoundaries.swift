import Foundation

/// Finds where the documents of a file that holds several complete XML documents one after
/// another start (some banks and tools concatenate camt files), without parsing them.
///
/// A new document starts at an `<?xml` declaration (`<?xml` and a space) that stands at markup
/// level after the first document's start: not inside a comment, a CDATA section or another
/// processing instruction, where such text is legal. Elsewhere `<` cannot occur in well-formed
/// XML, so a declaration at markup level inside an element is a broken document, which libxml2
/// then refuses as truncated. The search looks for `?` with `memchr` (rare in bank files), so a
/// large single document costs one fast pass; the markup-level check runs only when a
/// candidate is found.
enum XMLDocumentBoundaries {
  /// The byte ranges of the documents, in order; one range covering everything for most files.
  static func documents(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
    var starts = [0]
    var scan = MarkupScan(position: 0)
    var search = 1
    while let candidate = declaration(in: bytes, from: search) {
      search = candidate + 2
      switch scan.advance(in: bytes, to: candidate) {
      case .markupLevel where scan.sawElement:
        starts.append(candidate)
        scan = MarkupScan(position: candidate)
      case .markupLevel:
        continue
      case .inside(let end):
        search = max(search, end)
      case .unterminated:
        search = bytes.count
      }
    }
    return zip(starts, starts.dropFirst() + [bytes.count]).map { $0..<$1 }
  }

  /// The number of line feeds in `range`.
  static func lineCount(in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    var count = 0
    var index = range.lowerBound
    while let found = find(UInt8(ascii: "\n"), in: bytes, from: index, to: range.upperBound) {
      count += 1
      index = found + 1
    }
    return count
  }

  /// The next `<?xml` followed by XML whitespace at or after `start`.
  private static func declaration(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
    var index = start
    while let mark = find(UInt8(ascii: "?"), in: bytes, from: index, to: bytes.count) {
      let open = mark - 1
      if open >= start, starts(bytes, at: open, with: "<?xml"), open + 5 < bytes.count,
        [0x20, 0x09, 0x0A, 0x0D].contains(bytes[open + 5])
      {
        return open
      }
      index = mark + 1
    }
    return nil
  }

  static func starts(_ bytes: UnsafeRawBufferPointer, at index: Int, with text: String)
    -> Bool
  {
    bytes[index...].starts(with: text.utf8)
  }

  /// The offset of the first `text` at or after `start`.
  static func search(_ text: String, in bytes: UnsafeRawBufferPointer, from start: Int)
    -> Int?
  {
    guard let first = text.utf8.first else { return nil }
    var index = start
    while let found = find(first, in: bytes, from: index, to: bytes.count) {
      if starts(bytes, at: found, with: text) { return found }
      index = found + 1
    }
    return nil
  }

  /// The offset of the first `byte` in `start..<end`, found with `memchr`.
  static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int)
    -> Int?
  {
    guard let base = bytes.baseAddress, start < end else { return nil }
    guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return base.distance(to: UnsafeRawPointer(found))
  }
}
