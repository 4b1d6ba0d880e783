extension SecureXMLReader {
  /// Refuses empty documents and a `<!DOCTYPE` in the prolog before libxml2 sees the bytes.
  ///
  /// The scan skips a UTF-8 BOM, whitespace, the XML declaration, processing instructions and
  /// comments. It reads bytes, so it sees ASCII-compatible encodings; the parser's DOCTYPE hook
  /// covers the rest (UTF-16). `bytes` is any byte collection indexed by offsets (an array slice,
  /// or a raw buffer over a mapped file, which is never copied).
  static func prologRefusal<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, file: String, lineOffset: Int
  ) -> ParseError? where Bytes.Index == Int {
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      return ParseError(
        .emptyDocument, file: file, line: nil, message: "the file is empty",
        fix: "export the file again; it has no XML in it")
    }
    if bytes.count >= Int(Int32.max) {
      return ParseError(
        .documentTooLarge, file: file, message: "the file is larger than 2 GB",
        fix: "split the export into smaller periods")
    }
    var index = bytes.startIndex
    var line = 1
    if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        index += 1
      } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
        index += 1
      } else if starts(bytes, at: index, with: "<!--") {
        guard let end = skip(bytes, from: index + 4, past: "-->", line: &line) else { return nil }
        index = end
      } else if starts(bytes, at: index, with: "<?") {
        guard let end = skip(bytes, from: index + 2, past: "?>", line: &line) else { return nil }
        index = end
      } else if starts(bytes, at: index, with: "<!DOCTYPE") {
        return doctypeRefusal(file: file, line: line + lineOffset)
      } else {
        return nil
      }
    }
    return nil
  }

  private static func starts<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, at index: Int, with text: String
  ) -> Bool where Bytes.Index == Int {
    bytes[index...].starts(with: text.utf8)
  }

  /// The index after `terminator`, counting line feeds on the way; nil when it never comes.
  private static func skip<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, from start: Int, past terminator: String, line: inout Int
  ) -> Int? where Bytes.Index == Int {
    var index = start
    while index < bytes.endIndex {
      if starts(bytes, at: index, with: terminator) { return index + terminator.utf8.count }
      if bytes[index] == 0x0A { line += 1 }
      index += 1
    }
    return nil
  }
}
