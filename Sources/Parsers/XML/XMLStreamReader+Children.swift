extension XMLStreamReader {
  /// Standing on a start tag: calls `body` on the start tag of each child element in order, and
  /// returns with the reader past this element's end tag.
  /// - Parameter body: must leave the reader past the child, by `skip()` or its own
  ///   `forEachChild`.
  /// - Throws: what `body` throws, or the reader's located errors.
  func forEachChild(_ body: () throws -> Void) throws {
    let parent = depth
    let name = localName
    let empty = isEmptyElement
    try advance()
    if empty { return }
    while true {
      switch place {
      case .end:
        throw SecureXMLReader.malformed(
          file: file, line: line, detail: "the document ends inside <\(name)>")
      case .endTag where depth == parent:
        try advance()
        return
      case .startTag where depth == parent + 1:
        try body()
      default:
        try advance()
      }
    }
  }
}
