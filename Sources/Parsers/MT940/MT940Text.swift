import Foundation

/// The lines of an MT940/MT942 file as text: UTF-8 when the bytes are UTF-8 (a byte-order mark
/// is dropped), otherwise Windows-1252 decoded byte by byte (Latin-1 letters such as ü are the
/// same bytes). CRLF, LF and CR all end a line. Control characters that some banks wrap the
/// message in (SOH, ETX) are dropped and a tab becomes a space, so `-` + ETX still ends a message.
enum MT940Text {
  /// The physical lines, numbered from 1.
  static func lines(of bytes: Data) -> [String] {
    split(decode(bytes))
  }

  /// The bytes as text, never failing: UTF-8 if valid, Windows-1252 otherwise.
  static func decode(_ bytes: Data) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return text }
    var scalars = String.UnicodeScalarView()
    for byte in body {
      scalars.append(Unicode.Scalar(Windows1252.scalar(for: byte)) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  private static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n", afterCarriageReturn {
        afterCarriageReturn = false
        continue
      }
      afterCarriageReturn = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else if scalar == "\t" {
        current.append(" ")
      } else if scalar.value >= 0x20 && scalar.value != 0x7F {
        current.append(scalar)
      }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }
}
