import Foundation

extension TextEncoding {
  /// Decides how to decode the file and leaves `source` just after any byte-order mark.
  ///
  /// Unless a UTF-16 byte-order mark decides, the whole file is read once as a survey: strict
  /// UTF-8 is UTF-8; bytes that are not UTF-8 make it Windows-1252, unless the file is mostly
  /// UTF-8 (at least as many well-formed multi-byte characters as broken ones) or starts with a
  /// UTF-8 byte-order mark — then a stray byte was pasted in, and guessing would garble every
  /// other accented letter, so the file is refused at that byte.
  /// - Returns: the encoding and, for Windows-1252, a warning about the first byte it lacks.
  /// - Throws: `notUTF8` (with line and byte offset) for a UTF-8 file with broken bytes;
  ///   `unreadableFile` when reading fails.
  static func decide(
    for source: inout ByteSource, chunkSize: Int
  ) throws(ParseError) -> (encoding: TextEncoding, warning: CSVWarning?) {
    var prefix: [UInt8] = []
    while prefix.count < 3, let chunk = try source.read(upTo: 3 - prefix.count) {
      prefix += chunk
    }
    let announced = announced(by: prefix)
    if let announced, announced != .utf8(byteOrderMark: true) {
      try source.seek(to: announced.byteOrderMarkLength)
      return (announced, nil)
    }
    let start = announced?.byteOrderMarkLength ?? 0
    try source.seek(to: start)
    var survey = UTF8Survey(startingAt: start)
    while let chunk = try source.read(upTo: chunkSize) {
      chunk.withUnsafeBytes { survey.feed($0) }
    }
    survey.finish()
    let decision = try judge(survey, announced: announced, source: &source)
    try source.seek(to: start)
    return decision
  }

  private static func judge(
    _ survey: UTF8Survey, announced: TextEncoding?, source: inout ByteSource
  ) throws(ParseError) -> (encoding: TextEncoding, warning: CSVWarning?) {
    guard let bad = survey.firstInvalidOffset else {
      return (announced ?? .utf8(byteOrderMark: false), nil)
    }
    if announced != nil || survey.multiByteSequences >= survey.invalidSequences {
      let line = try source.physicalLine(at: bad)
      let byte = try source.byte(at: bad)
      let why =
        announced != nil
        ? "the file starts with a UTF-8 byte-order mark"
        : "the file is mostly UTF-8 (\(survey.multiByteSequences) characters such as ä or € "
          + "are written the UTF-8 way)"
      throw ParseError(
        .notUTF8, file: source.file, line: line,
        message: "\(why), but line \(line) has the byte 0x\(hex(byte)) at byte offset \(bad), "
          + "which is not UTF-8 (likely a Windows-1252 or ISO-8859-1 letter such as é or ü "
          + "pasted in)",
        fix: "correct the character on line \(line), or save the whole file as CSV UTF-8 in Excel")
    }
    guard let undefined = survey.firstWindows1252UndefinedOffset else {
      return (.windows1252, nil)
    }
    let line = try source.physicalLine(at: undefined)
    let byte = try source.byte(at: undefined)
    let warning = CSVWarning(
      line: line,
      message: "the file was read as Windows-1252, which has no character for the byte "
        + "0x\(hex(byte)) on line \(line); it was kept as the control character "
        + "U+00\(hex(byte)). If names look garbled, the file is in another code page: "
        + "save it as CSV UTF-8")
    return (.windows1252, warning)
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
  }
}
