/// Big-endian reads from a font file's bytes, as the OpenType tables store their numbers.
struct FontBytes: Sendable {
  let bytes: [UInt8]

  var count: Int { bytes.count }

  func u8(_ at: Int) -> Int { Int(bytes[at]) }

  func u16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }

  func i16(_ at: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(at)))) }

  func u32(_ at: Int) -> Int { u16(at) << 16 | u16(at + 2) }

  /// Whether `length` bytes starting at `offset` lie inside the file.
  func holds(_ offset: Int, _ length: Int) -> Bool {
    offset >= 0 && length >= 0 && offset <= count && length <= count - offset
  }

  /// A four-letter table tag such as "glyf".
  func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
}

extension Array where Element == UInt8 {
  /// Appends a big-endian 16-bit value.
  mutating func appendU16(_ value: Int) {
    append(UInt8(truncatingIfNeeded: value >> 8))
    append(UInt8(truncatingIfNeeded: value))
  }

  /// Appends a big-endian 32-bit value.
  mutating func appendU32(_ value: Int) {
    appendU16(value >> 16)
    appendU16(value)
  }

  /// Overwrites two bytes with a big-endian 16-bit value.
  mutating func setU16(_ value: Int, at offset: Int) {
    self[offset] = UInt8(truncatingIfNeeded: value >> 8)
    self[offset + 1] = UInt8(truncatingIfNeeded: value)
  }

  /// Overwrites four bytes with a big-endian 32-bit value.
  mutating func setU32(_ value: Int, at offset: Int) {
    setU16(value >> 16, at: offset)
    setU16(value, at: offset + 2)
  }
}
