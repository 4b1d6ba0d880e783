/// A PDF being written as bytes, with the number and string forms PDF syntax wants. Numbers are
/// written with at most three decimals (a thousandth of a point is far below what prints).
struct PDFBytes {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  var count: Int { bytes.count }

  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// A number followed by a space: "12", "-3.5", "0.125".
  mutating func number(_ value: Double) {
    var thousandths = Int((value * 1000).rounded())
    if thousandths < 0 {
      bytes.append(UInt8(ascii: "-"))
      thousandths = -thousandths
    }
    integer(thousandths / 1000)
    var fraction = thousandths % 1000
    if fraction != 0 {
      bytes.append(UInt8(ascii: "."))
      var digits = 3
      while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
      var divisor = 1
      for _ in 1..<digits { divisor *= 10 }
      while divisor > 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
        divisor /= 10
      }
    }
    bytes.append(UInt8(ascii: " "))
  }

  /// A non-negative integer in decimal, without a following space.
  mutating func integer(_ value: Int) {
    guard value >= 10 else {
      bytes.append(UInt8(ascii: "0") + UInt8(max(0, value)))
      return
    }
    integer(value / 10)
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  /// A 16-bit value as four uppercase hex digits (a glyph id in a hex string).
  mutating func hex4(_ value: Int) {
    for shift in [12, 8, 4, 0] { bytes.append(Self.hexDigits[(value >> shift) & 0xF]) }
  }

  /// A two-byte glyph code inside a literal string, big-endian, escaped as ISO 32000-1, 7.3.4.2
  /// requires (and carriage return and line feed too, which a reader would otherwise normalise).
  mutating func glyphCode(_ id: Int) {
    for byte in [UInt8(truncatingIfNeeded: id >> 8), UInt8(truncatingIfNeeded: id)] {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
      case 0x0D:
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x0A:
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      default:
        bytes.append(byte)
      }
    }
  }

  /// A text string as UTF-16BE with its byte order mark, in hex: `<FEFF…>`.
  mutating func textString(_ text: String) {
    append("<FEFF")
    for unit in text.utf16 { hex4(Int(unit)) }
    append(">")
  }

  /// A stream object body: dictionary entries, the length, and the bytes.
  mutating func stream(_ data: [UInt8], entries: String) {
    append("<< /Length \(data.count) \(entries)>>\nstream\n")
    append(data)
    append("\nendstream")
  }

  /// A stream compressed with FlateDecode (stored plainly if zlib fails).
  mutating func compressedStream(_ data: [UInt8], entries: String = "") {
    if let compressed = Deflate.compress(data) {
      stream(compressed, entries: entries + "/Filter /FlateDecode ")
    } else {
      stream(data, entries: entries)
    }
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
