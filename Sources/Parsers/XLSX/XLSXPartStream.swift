import Foundation

/// Streams one XML part of a workbook package (the workbook, its relationships, shared strings,
/// styles or a sheet) through `XMLStreamReader`, under the same rules as every XML arflow reads:
/// no network, no DTD, no entity expansion, a `<!DOCTYPE …>` refused.
enum XLSXPartStream {
  /// Hands `body` a reader standing on the root element's start tag, then checks that nothing
  /// but comments follow the root.
  /// - Parameters:
  ///   - bytes: the part's uncompressed bytes.
  ///   - part: the part's path in the package, named in errors.
  ///   - file: the workbook's file name, used in errors.
  ///   - body: reads the root element; must leave the reader past its end tag (`forEachChild`
  ///     or `skip()`).
  /// - Throws: the reader's `ParseError`s with the part named (`malformedXML`,
  ///   `documentTypeRefused`, `emptyDocument`), or what `body` throws.
  static func read<Value>(
    _ bytes: Data, part: String, file: String, _ body: (XMLStreamReader) throws -> Value
  ) throws(ParseError) -> Value {
    let outcome = bytes.withUnsafeBytes { raw in
      Result { () throws -> Value in
        if let refusal = XMLStreamReader.prologRefusal(raw, file: file, lineOffset: 0) {
          throw refusal
        }
        let reader = try XMLStreamReader(bytes: raw, file: file, lineOffset: 0)
        repeat { try reader.advance() } while reader.place == .other
        guard reader.place == .startTag else {
          throw SecureXMLReader.malformed(
            file: file, line: reader.line, detail: "the part has no root element")
        }
        let value = try body(reader)
        while reader.place != .end { try reader.advance() }
        return value
      }
    }
    switch outcome {
    case .success(let value):
      return value
    case .failure(let error as ParseError):
      throw XLSXReader.located(error, part: part)
    case .failure(let error):
      throw XLSXReader.damaged(file: file, part: part, detail: "its part \(part): \(error)")
    }
  }
}
