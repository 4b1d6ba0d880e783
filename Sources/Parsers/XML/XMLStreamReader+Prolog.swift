extension XMLStreamReader {
  /// How much of a UTF-16 document is decoded for the prolog check.
  private static let utf16PrologLimit = 1 << 16

  /// `SecureXMLReader.prologRefusal` for a streamed document: empty files, files over 2 GB and
  /// a `<!DOCTYPE` in the prolog are refused before libxml2 sees a byte.
  ///
  /// The tree reader's SAX hook stops libxml2 at a UTF-16 DOCTYPE; xmlTextReader offers no such
  /// hook (it only reports the DOCTYPE after libxml2 has parsed ahead), so a UTF-16 document
  /// (byte-order mark, or `<?` as UTF-16) has its first 64 KB decoded and scanned as well. The
  /// reader's own DOCTYPE check stays as the last line for anything else.
  static func prologRefusal(_ bytes: UnsafeRawBufferPointer, file: String, lineOffset: Int)
    -> ParseError?
  {
    guard let littleEndian = utf16ByteOrder(bytes), bytes.count < Int(Int32.max) else {
      return SecureXMLReader.prologRefusal(bytes, file: file, lineOffset: lineOffset)
    }
    let length = min(bytes.count, utf16PrologLimit) & ~1
    let units = stride(from: 0, to: length, by: 2).map { (index: Int) -> UInt16 in
      let (low, high) = littleEndian ? (index, index + 1) : (index + 1, index)
      return UInt16(bytes[low]) | (UInt16(bytes[high]) << 8)
    }
    let text = Array(String(decoding: units, as: UTF16.self).utf8)
    let refusal = SecureXMLReader.prologRefusal(text, file: file, lineOffset: lineOffset)
    if refusal?.code == .emptyDocument && length < bytes.count { return nil }
    return refusal
  }

  /// true for UTF-16LE, false for UTF-16BE, nil for anything else.
  private static func utf16ByteOrder(_ bytes: UnsafeRawBufferPointer) -> Bool? {
    guard bytes.count >= 4 else { return nil }
    switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
    case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00): return true
    case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F): return false
    default: return nil
    }
  }
}
