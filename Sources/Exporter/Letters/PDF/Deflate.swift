import CDeflate

/// zlib compression for PDF streams (`/Filter /FlateDecode`).
enum Deflate {
  /// zlib's fastest level: letters are written by the ten thousand, and level 6 shrinks their
  /// fonts and page contents only some 7 % more for nearly twice the time.
  static let level: Int32 = 1

  /// The bytes compressed at `level`; nil only when zlib fails (out of memory).
  static func compress(_ bytes: [UInt8]) -> [UInt8]? {
    var bound = compressBound(uLong(bytes.count))
    var out = [UInt8](repeating: 0, count: Int(bound))
    let status = out.withUnsafeMutableBufferPointer { target in
      bytes.withUnsafeBufferPointer { source in
        compress2(target.baseAddress, &bound, source.baseAddress, uLong(source.count), level)
      }
    }
    guard status == Z_OK else { return nil }
    out.removeSubrange(Int(bound)...)
    return out
  }
}
