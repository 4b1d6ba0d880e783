import Foundation

/// Byte-level fixtures for the CSV reader tests, built here rather than by a converter so the
/// bytes are exactly what the test says.
enum CSVFixtures {
  /// `text` as UTF-16 code units, little or big end first, after a byte-order mark.
  static func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
    let mark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    return mark
      + text.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
      }
  }

  /// ASCII text and raw bytes, concatenated in order.
  static func bytes(_ parts: [Part]) -> [UInt8] {
    parts.flatMap { part -> [UInt8] in
      switch part {
      case .text(let text): Array(text.utf8)
      case .raw(let raw): raw
      }
    }
  }

  /// A piece of a fixture.
  enum Part: ExpressibleByStringLiteral {
    case text(String)
    case raw([UInt8])

    init(stringLiteral value: String) { self = .text(value) }
  }
}
