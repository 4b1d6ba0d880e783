/// Excel's `sep=X` first line, which names the delimiter and is not part of the table.
///
/// Accepted: `sep=` in any case, one ASCII character other than a quote, CR or LF, optionally
/// repeated (a spreadsheet round trip pads the line with delimiters), optional spaces, the
/// whole optionally in double quotes, then the line end (or the end of the file).
struct SepLine: Equatable {
  /// The delimiter the line names.
  let delimiter: UInt8
  /// The bytes the line takes, its line end included.
  let length: Int

  /// The longest line, line end excluded, taken for a `sep=` line.
  private static let longest = 64

  /// The `sep=` line at the start of `text`, if there is one.
  init?(at text: some Collection<UInt8>) {
    let head = Array(text.prefix(Self.longest + 2))
    let lineEnd = head.prefix(Self.longest + 1).firstIndex {
      $0 == CSVRecordScanner.lineFeed || $0 == CSVRecordScanner.carriageReturn
    }
    if lineEnd == nil, head.count > Self.longest { return nil }
    var bytes = head
    var length = head.count
    if let end = lineEnd {
      let isCRLF =
        head[end] == CSVRecordScanner.carriageReturn && end + 1 < head.count
        && head[end + 1] == CSVRecordScanner.lineFeed
      length = end + (isCRLF ? 2 : 1)
      bytes = Array(head[..<end])
    }
    while bytes.last == 0x20 { bytes.removeLast() }
    let quote = UInt8(ascii: "\"")
    if bytes.count >= 2, bytes.first == quote, bytes.last == quote {
      bytes = Array(bytes.dropFirst().dropLast())
    }
    let prefix = Array("sep=".utf8)
    guard bytes.count > prefix.count,
      bytes.prefix(prefix.count).map({ $0 | 0x20 }) == prefix.map({ $0 | 0x20 })
    else { return nil }
    let named = bytes[prefix.count]
    guard named < 0x80, named != quote, named != CSVRecordScanner.lineFeed,
      named != CSVRecordScanner.carriageReturn,
      bytes[prefix.count...].allSatisfy({ $0 == named })
    else { return nil }
    delimiter = named
    self.length = length
  }
}
