import Foundation

/// A CSV file read record by record, with memory that does not grow with the file.
///
/// Opening it decides the encoding (reading the file through once, unless a UTF-16
/// byte-order mark decides), removes an Excel `sep=` line and sniffs the dialect from the
/// first 128 KB; `next()` then decodes and splits the file in 64 KB chunks. Use it as
/// `while let row = try stream.next() { … }`.
public final class CSVRecordStream {
  /// The file name used in errors.
  public let file: String
  /// How the bytes were decoded: `"UTF-8"`, `"UTF-8 with BOM"`, `"UTF-16LE with BOM"`,
  /// `"UTF-16BE with BOM"` or `"Windows-1252"`.
  public let encoding: String
  /// The field separator, from a `sep=` line or sniffed: `,`, `;`, a tab or `|`.
  public let delimiter: Character
  /// The quote character, or nil when the file uses quotes as ordinary characters.
  public let quote: Character?
  /// Whether the file started with an Excel `sep=` line, which is not returned as a row.
  public let sepLineRemoved: Bool

  private var source: ByteSource
  private var decoding: TextDecoding
  private var scanner: CSVRecordScanner
  private let openingWarnings: [CSVWarning]
  private let chunkSize: Int
  /// Decoded text read while opening, scanned before the rest of the file.
  private var sample: [UInt8]
  private var sampleScanned = 0
  private var decoded: [UInt8] = []
  private var rows: [CSVRow] = []
  private var nextRow = 0
  private var finished = false

  init(source: ByteSource, chunkSize: Int, sampleSize: Int) throws(ParseError) {
    var source = source
    let opening = try Opening(source: &source, chunkSize: chunkSize, sampleSize: sampleSize)
    self.source = source
    file = source.file
    encoding = opening.encoding.name
    delimiter = Character(Unicode.Scalar(opening.dialect.delimiter))
    quote = opening.dialect.quote.map { Character(Unicode.Scalar($0)) }
    sepLineRemoved = opening.sepLine != nil
    decoding = opening.decoding
    scanner = CSVRecordScanner(dialect: opening.dialect, line: opening.sepLine == nil ? 1 : 2)
    openingWarnings = opening.warnings
    sample = opening.sample
    self.chunkSize = chunkSize
  }

  deinit {
    source.close()
  }

  /// What was tolerated so far (all of it once `next()` has returned nil): stray quotes, text
  /// after a closing quote, bytes Windows-1252 has no character for. The first 100 are listed,
  /// then one more warning says how many followed.
  public var warnings: [CSVWarning] { openingWarnings + scanner.warnings.all }

  /// The next record, or nil at the end of the file.
  /// - Throws: `ParseError` with code `unterminatedQuote` (naming the line where the quote
  ///   opened), `invalidUTF16` or `unreadableFile`. After an error the stream is at its end.
  public func next() throws(ParseError) -> CSVRow? {
    while nextRow == rows.count {
      if finished { return nil }
      rows.removeAll(keepingCapacity: true)
      nextRow = 0
      try readChunk()
    }
    nextRow += 1
    return rows[nextRow - 1]
  }

  private func readChunk() throws(ParseError) {
    if sampleScanned < sample.count {
      let end = min(sample.count, sampleScanned + chunkSize)
      let start = sampleScanned
      sample.withUnsafeBufferPointer { text in
        scanner.scan(UnsafeBufferPointer(rebasing: text[start..<end]), into: &rows)
      }
      sampleScanned = end
      if end == sample.count { sample = [] }
      return
    }
    let chunk: Data?
    do throws(ParseError) {
      chunk = try source.read(upTo: chunkSize)
    } catch {
      finished = true
      throw error
    }
    guard let chunk else { return try finish() }
    if decoding.passesThrough {
      chunk.withUnsafeBytes { scanner.scan($0.assumingMemoryBound(to: UInt8.self), into: &rows) }
      return
    }
    decoded.removeAll(keepingCapacity: true)
    let failure: TextDecoding.Failure? = chunk.withUnsafeBytes {
      bytes -> TextDecoding.Failure? in
      do throws(TextDecoding.Failure) {
        try decoding.decode(bytes, into: &decoded)
        return nil
      } catch {
        return error
      }
    }
    if let failure {
      finished = true
      throw Opening.invalidUTF16(failure, file: file)
    }
    decoded.withUnsafeBufferPointer { scanner.scan($0, into: &rows) }
  }

  private func finish() throws(ParseError) {
    finished = true
    source.close()
    do {
      try decoding.finish()
    } catch {
      throw Opening.invalidUTF16(error, file: file)
    }
    if let line = scanner.finish(into: &rows) {
      throw ParseError(
        .unterminatedQuote, file: file, line: line,
        message: "a quoted field that starts on line \(line) is never closed with a \"",
        fix: "close the quote on line \(line) or double any \" inside the field (\"\")")
    }
  }
}
