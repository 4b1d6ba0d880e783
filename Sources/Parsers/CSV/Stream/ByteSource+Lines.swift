import Foundation

extension ByteSource {
  /// The 1-based physical line (CR, LF and CRLF each end one) that byte `offset` of the file
  /// is on, counted in the raw bytes; leaves the source at the start of the file.
  /// - Throws: `unreadableFile` when reading fails.
  mutating func physicalLine(at offset: Int) throws(ParseError) -> Int {
    try seek(to: 0)
    defer { try? seek(to: 0) }
    var line = 1
    var previous: UInt8 = 0
    var consumed = 0
    while consumed < offset, let chunk = try read(upTo: min(1 << 16, offset - consumed)) {
      for byte in chunk {
        if byte == 0x0A, previous != 0x0D { line += 1 }
        if byte == 0x0D { line += 1 }
        previous = byte
      }
      consumed += chunk.count
    }
    return line
  }
}

extension ByteSource {
  /// The byte at `offset` of the file; leaves the source at the start of the file.
  /// - Throws: `unreadableFile` when reading fails.
  mutating func byte(at offset: Int) throws(ParseError) -> UInt8 {
    try seek(to: offset)
    defer { try? seek(to: 0) }
    return try read(upTo: 1)?.first ?? 0
  }
}
