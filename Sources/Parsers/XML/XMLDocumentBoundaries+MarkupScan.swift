extension XMLDocumentBoundaries {
  /// Where a candidate declaration stands, seen from the markup before it.
  enum Standing {
    /// Between markup: a real declaration.
    case markupLevel
    /// Inside a comment, CDATA section or processing instruction that ends at this offset.
    case inside(end: Int)
    /// Inside a comment, CDATA section or processing instruction that never ends.
    case unterminated
  }

  /// Walks one document's markup from its start, one candidate at a time.
  struct MarkupScan {
    /// An offset at markup level (not inside a comment, CDATA section or instruction).
    private(set) var position: Int
    /// Whether an element tag was passed: a declaration before that is the document's own.
    private(set) var sawElement = false

    init(position: Int) { self.position = position }

    /// Scans from `position` to `candidate` and says where `candidate` stands.
    mutating func advance(in bytes: UnsafeRawBufferPointer, to candidate: Int) -> Standing {
      while let open = find(UInt8(ascii: "<"), in: bytes, from: position, to: candidate) {
        let terminator: String
        if starts(bytes, at: open, with: "<!--") {
          terminator = "-->"
        } else if starts(bytes, at: open, with: "<![CDATA[") {
          terminator = "]]>"
        } else if starts(bytes, at: open, with: "<?") {
          terminator = "?>"
        } else {
          sawElement = sawElement || !starts(bytes, at: open, with: "<!")
          position = open + 1
          continue
        }
        guard let close = search(terminator, in: bytes, from: open + 2) else {
          return .unterminated
        }
        position = close + terminator.utf8.count
        if position > candidate { return .inside(end: position) }
      }
      position = candidate
      return .markupLevel
    }
  }
}
