/// The Windows-1252 code page, mapped to Unicode by our own table (not Latin-1).
///
/// 0x00–0x7F are ASCII and 0xA0–0xFF are U+00A0–U+00FF, as in Latin-1. 0x80–0x9F hold the
/// letters and punctuation Latin-1 lacks (€, Š, ‚, „, …, the curly quotes, en and em dash).
/// Five of those bytes — 0x81, 0x8D, 0x8F, 0x90 and 0x9D — have no character in Windows-1252;
/// like the WHATWG Encoding Standard (and every browser), they are kept as the C1 control
/// characters U+0081, U+008D, U+008F, U+0090 and U+009D rather than refused, and the reader
/// warns about the first one, since they usually mean the file is in another code page.
enum Windows1252 {
  /// The bytes that have no character of their own.
  static let undefinedBytes: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

  /// The scalars for 0x80–0x9F, in byte order.
  static let upperControlRange: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The Unicode scalar value a byte stands for.
  static func scalar(for byte: UInt8) -> UInt32 {
    (0x80...0x9F).contains(byte) ? upperControlRange[Int(byte) - 0x80] : UInt32(byte)
  }

  /// For each byte, its UTF-8 encoding packed little-end first, with the length in the top byte.
  static let utf8Table: [UInt32] = (0...255).map { byte in
    let scalar = Self.scalar(for: UInt8(byte))
    switch scalar {
    case ..<0x80:
      return scalar | 1 << 24
    case ..<0x800:
      return (0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8 | 2 << 24
    default:
      return (0xE0 | scalar >> 12) | (0x80 | scalar >> 6 & 0x3F) << 8
        | (0x80 | scalar & 0x3F) << 16 | 3 << 24
    }
  }

  /// Appends the UTF-8 form of Windows-1252 `bytes` to `output`.
  static func transcode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
    output.reserveCapacity(output.count + bytes.count * 3)
    utf8Table.withUnsafeBufferPointer { table in
      for byte in bytes {
        if byte < 0x80 {
          output.append(byte)
          continue
        }
        let packed = table[Int(byte)]
        output.append(UInt8(truncatingIfNeeded: packed))
        output.append(UInt8(truncatingIfNeeded: packed >> 8))
        if packed >> 24 == 3 { output.append(UInt8(truncatingIfNeeded: packed >> 16)) }
      }
    }
  }
}
