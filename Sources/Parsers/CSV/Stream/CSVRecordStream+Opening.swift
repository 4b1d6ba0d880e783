import Foundation

extension CSVRecordStream {
  /// What opening a file decides: encoding, `sep=` line, dialect, and the text read so far.
  struct Opening {
    let encoding: TextEncoding
    let sepLine: SepLine?
    let dialect: CSVDialect
    /// The decoded text after any `sep=` line, not yet scanned.
    let sample: [UInt8]
    /// The decoder, in the state the sample left it.
    let decoding: TextDecoding
    let warnings: [CSVWarning]

    /// Decides encoding and dialect from the start of `source`, which is left after the sample.
    /// - Throws: `notUTF8`, `invalidUTF16` or `unreadableFile`.
    init(source: inout ByteSource, chunkSize: Int, sampleSize: Int) throws(ParseError) {
      let decision = try TextEncoding.decide(for: &source, chunkSize: chunkSize)
      encoding = decision.encoding
      var warnings = decision.warning.map { [$0] } ?? []
      var decoding = TextDecoding(encoding)
      var text: [UInt8] = []
      var isWholeFile = false
      while text.count < sampleSize {
        guard let chunk = try source.read(upTo: chunkSize) else {
          isWholeFile = true
          break
        }
        let failure: TextDecoding.Failure? = chunk.withUnsafeBytes {
          bytes -> TextDecoding.Failure? in
          do throws(TextDecoding.Failure) {
            try decoding.decode(bytes, into: &text)
            return nil
          } catch {
            return error
          }
        }
        if let failure { throw Self.invalidUTF16(failure, file: source.file) }
      }
      self.decoding = decoding
      if encoding == .utf8(byteOrderMark: false), let warning = Self.nulWarning(in: text) {
        warnings.append(warning)
      }
      self.warnings = warnings
      sepLine = SepLine(at: text)
      if let sepLine { text.removeFirst(sepLine.length) }
      let delimiters = sepLine.map { [$0.delimiter] } ?? CSVDialect.candidateDelimiters
      dialect = text.withUnsafeBufferPointer {
        CSVDialect.sniff($0, isWholeFile: isWholeFile, delimiters: delimiters)
      }
      sample = text
    }

    /// A warning when the text holds NUL bytes, the mark of UTF-16 saved without a byte-order
    /// mark, which is never guessed.
    static func nulWarning(in text: [UInt8]) -> CSVWarning? {
      guard let nul = text.firstIndex(of: 0) else { return nil }
      var line = 1
      var previous: UInt8 = 0
      for byte in text[..<nul] {
        if byte == CSVRecordScanner.carriageReturn
          || (byte == CSVRecordScanner.lineFeed && previous != CSVRecordScanner.carriageReturn)
        {
          line += 1
        }
        previous = byte
      }
      return CSVWarning(
        line: line,
        message: "the file has NUL bytes (the first on line \(line)); if it is UTF-16 saved "
          + "without a byte-order mark, save it again as CSV UTF-8 or as Excel Unicode Text")
    }

    /// The located error for UTF-16 bytes that do not decode.
    static func invalidUTF16(_ failure: TextDecoding.Failure, file: String) -> ParseError {
      ParseError(
        .invalidUTF16, file: file, line: failure.line, message: failure.message,
        fix: "save the file again from the program that made it, as CSV UTF-8 if it can")
    }
  }
}
