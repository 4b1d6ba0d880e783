extension CSVReader {
  /// Throws `notUTF8` at the first byte that does not start a valid UTF-8 sequence.
  /// - Parameters:
  ///   - bytes: the content after any BOM.
  ///   - offsetInFile: how many bytes (the BOM) came before `bytes` in the file.
  ///   - file: the file name used in errors.
  static func checkUTF8(_ bytes: [UInt8], offsetInFile: Int, file: String) throws(ParseError) {
    let fix = "save the file as UTF-8 (CSV UTF-8 in Excel)"
    if offsetInFile == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw ParseError(
        .notUTF8, file: file, line: 1,
        message: "the file is UTF-16 (Excel \"Unicode Text\"), not UTF-8", fix: fix)
    }
    guard let bad = firstInvalidUTF8(bytes) else { return }
    let line = physicalLine(of: bad, in: bytes)
    let byte = "0x" + String(bytes[bad], radix: 16, uppercase: true)
    throw ParseError(
      .notUTF8, file: file, line: line,
      message: "the file is not UTF-8: line \(line) has the byte \(byte) at byte offset "
        + "\(bad + offsetInFile) (likely a Windows-1252 or ISO-8859-1 letter such as é or ü)",
      fix: fix)
  }

  /// The index of the first byte that does not begin a well-formed UTF-8 sequence, if any.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(bytes, at: index) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the valid multi-byte sequence starting at `index`, or nil when it is invalid.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let lead = bytes[index]
    let (length, secondRange): (Int, ClosedRange<UInt8>)
    switch lead {
    case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    default: return nil
    }
    guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return nil }
    return length
  }

  /// The 1-based physical line (CR, LF and CRLF each end one) that byte `offset` is on.
  private static func physicalLine(of offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    var index = 0
    while index < offset {
      switch bytes[index] {
      case UInt8(ascii: "\n"): line += 1
      case UInt8(ascii: "\r"):
        if index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { line += 1 }
      default: break
      }
      index += 1
    }
    return line
  }
}
