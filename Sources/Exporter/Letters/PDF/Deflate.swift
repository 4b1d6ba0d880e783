import CDeflate

/// zlib compression for PDF streams (`/Filter /FlateDecode`).
enum Deflate {
  /// The bytes compressed at zlib's default level; nil only when zlib fails (out of memory).
  static func compress(_ bytes: [UInt8]) -> [UInt8]? {
    var bound = compressBound(uLong(bytes.count))
    var out = [UInt8](repeating: 0, count: Int(bound))
    let status = out.withUnsafeMutableBufferPointer { target in
      bytes.withUnsafeBufferPointer { source in
        compress2(target.baseAddress, &bound, source.baseAddress, uLong(source.count), 6)
      }
    }
    guard status == Z_OK else { return nil }
    out.removeSubrange(Int(bound)...)
    return out
  }
}
