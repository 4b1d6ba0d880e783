public import Foundation

extension PDFFixture {
  /// A zlib stream (for `/FlateDecode`) that inflates to `count` zero bytes, written by hand with
  /// fixed Huffman codes: one literal 0, then copies of 258 bytes at distance 1 (13 bits each),
  /// so 50 MB take about 300 KB.
  public static func deflatedZeros(count: Int) -> Data {
    var bits = BitWriter()
    bits.write(1, count: 1)  // BFINAL
    bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
    bits.writeCode(0x30, length: 8)  // literal 0
    var remaining = count - 1
    while remaining >= 258 {
      bits.writeCode(0b1100_0101, length: 8)  // length code 285: 258 bytes
      bits.writeCode(0, length: 5)  // distance code 0: distance 1
      remaining -= 258
    }
    for _ in 0..<remaining { bits.writeCode(0x30, length: 8) }
    bits.writeCode(0, length: 7)  // end of block (256)
    let adler = UInt32(count % 65_521) << 16 | 1
    return Data([0x78, 0x01]) + bits.finished()
      + Data([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: adler >> UInt32($0)) })
  }

  /// Packs bits least significant first, as DEFLATE does.
  private struct BitWriter {
    private var bytes = Data()
    private var current: UInt8 = 0
    private var used = 0

    /// Writes the low `count` bits of `value`, least significant first (header fields).
    mutating func write(_ value: Int, count: Int) {
      for shift in 0..<count { push((value >> shift) & 1) }
    }

    /// Writes a Huffman code, most significant bit first.
    mutating func writeCode(_ code: Int, length: Int) {
      for shift in stride(from: length - 1, through: 0, by: -1) { push((code >> shift) & 1) }
    }

    /// The bytes, the last one padded with zero bits.
    mutating func finished() -> Data {
      if used > 0 { bytes.append(current) }
      current = 0
      used = 0
      return bytes
    }

    private mutating func push(_ bit: Int) {
      current |= UInt8(bit) << UInt8(used)
      used += 1
      flushIfFull()
    }

    private mutating func flushIfFull() {
      guard used == 8 else { return }
      bytes.append(current)
      current = 0
      used = 0
    }
  }
}
