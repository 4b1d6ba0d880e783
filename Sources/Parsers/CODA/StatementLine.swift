import Foundation

/// One physical line of a line-based bank statement file (CODA, BAI2), decoded and numbered.
///
/// The bytes are UTF-8 when they are valid UTF-8 (a byte-order mark is dropped), otherwise
/// Windows-1252, the code page Belgian and US banking software writes (a superset of Latin-1
/// for every letter a statement uses). Lines end at LF, CRLF or a lone CR.
struct StatementLine: Sendable {
  /// 1-based physical line number.
  let number: Int
  /// The line without its line ending.
  let text: String

  /// The file's lines in order, blank ones included (so numbers match an editor's).
  static func lines(in bytes: Data) -> [StatementLine] {
    var body = [UInt8](bytes)
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    let text: String
    if let utf8 = String(validating: body, as: UTF8.self) {
      text = utf8
    } else {
      var transcoded: [UInt8] = []
      body.withUnsafeBytes { Windows1252.transcode($0, into: &transcoded) }
      text = String(decoding: transcoded, as: UTF8.self)
    }
    let pieces = text.split(
      omittingEmptySubsequences: false,
      whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    var lines = pieces.enumerated().map { StatementLine(number: $0 + 1, text: String($1)) }
    if lines.last?.text.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// Whether the line holds nothing but spaces, tabs or the DOS end-of-file mark (Ctrl-Z).
  var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{1A}" } }
}
