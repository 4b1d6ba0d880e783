/// Turns a file's bytes, chunk by chunk, into UTF-8 for the record scanner.
///
/// UTF-8 passes through untouched (the scanner only looks for ASCII bytes, so a chunk may end
/// inside a character). Windows-1252 is transcoded byte by byte. UTF-16 keeps an odd byte and a
/// high surrogate over to the next chunk, and counts lines itself so that a broken code unit
/// can be located.
struct TextDecoding {
  /// Why UTF-16 bytes could not be decoded, and on which line.
  struct Failure: Error {
    let line: Int
    let message: String
  }

  let encoding: TextEncoding
  /// A byte of a UTF-16 code unit whose other byte is in the next chunk.
  private var strayByte: UInt8?
  /// A high surrogate waiting for its low surrogate.
  private var highSurrogate: UInt16?
  /// The physical line the UTF-16 decoding has reached.
  private var line = 1
  private var previousWasCarriageReturn = false

  init(_ encoding: TextEncoding) {
    self.encoding = encoding
  }

  /// Whether chunks can be scanned as they are, without decoding.
  var passesThrough: Bool {
    if case .utf8 = encoding { return true }
    return false
  }

  /// Appends the UTF-8 form of the next chunk to `output`.
  /// - Throws: `Failure` when UTF-16 bytes hold a lone surrogate.
  mutating func decode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) throws(Failure)
  {
    switch encoding {
    case .utf8: output.append(contentsOf: bytes)
    case .windows1252: Windows1252.transcode(bytes, into: &output)
    case .utf16LittleEndian: try decodeUTF16(bytes, bigEndian: false, into: &output)
    case .utf16BigEndian: try decodeUTF16(bytes, bigEndian: true, into: &output)
    }
  }

  /// Checks that nothing is left over at the end of the file.
  /// - Throws: `Failure` when UTF-16 ends on an odd byte or a high surrogate.
  func finish() throws(Failure) {
    if strayByte != nil {
      throw Failure(
        line: line,
        message: "the UTF-16 file has an odd number of bytes, so its last character "
          + "is cut off")
    }
    if highSurrogate != nil {
      throw Failure(
        line: line,
        message: "the UTF-16 file ends in the middle of a character (a lone high "
          + "surrogate)")
    }
  }

  private mutating func decodeUTF16(
    _ bytes: UnsafeRawBufferPointer, bigEndian: Bool, into output: inout [UInt8]
  ) throws(Failure) {
    output.reserveCapacity(output.count + bytes.count / 2 * 3 + 4)
    var index = 0
    if let first = strayByte, let second = bytes.first {
      strayByte = nil
      index = 1
      try take(codeUnit(first, second, bigEndian: bigEndian), into: &output)
    }
    while index + 1 < bytes.count {
      try take(codeUnit(bytes[index], bytes[index + 1], bigEndian: bigEndian), into: &output)
      index += 2
    }
    if index < bytes.count { strayByte = bytes[index] }
  }

  private func codeUnit(_ first: UInt8, _ second: UInt8, bigEndian: Bool) -> UInt16 {
    bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
  }

  private mutating func take(_ unit: UInt16, into output: inout [UInt8]) throws(Failure) {
    let scalar: UInt32
    if let high = highSurrogate {
      guard (0xDC00...0xDFFF).contains(unit) else { throw loneSurrogate() }
      highSurrogate = nil
      scalar = 0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00))
    } else if (0xD800...0xDBFF).contains(unit) {
      highSurrogate = unit
      return
    } else if (0xDC00...0xDFFF).contains(unit) {
      throw loneSurrogate()
    } else {
      scalar = UInt32(unit)
    }
    countLine(scalar)
    append(scalar, to: &output)
  }

  private mutating func countLine(_ scalar: UInt32) {
    if scalar == 0x0A, !previousWasCarriageReturn { line += 1 }
    if scalar == 0x0D { line += 1 }
    previousWasCarriageReturn = scalar == 0x0D
  }

  private func loneSurrogate() -> Failure {
    Failure(
      line: line,
      message: "line \(line) of the UTF-16 file holds a broken character (a lone "
        + "surrogate)")
  }

  private func append(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case ..<0x80:
      output.append(UInt8(scalar))
    case ..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case ..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
