public import Foundation

extension CSVReader {
  /// The chunk size streaming reads and decodes in.
  static let defaultChunkSize = 1 << 16
  /// How much text the dialect sniffer looks at.
  static let sampleSize = 1 << 17

  /// Opens a CSV file on disk for reading record by record, with flat memory.
  ///
  /// The file is read through once to decide its encoding, then again in 64 KB chunks as
  /// `next()` asks for rows, so it must be a regular file (not a pipe).
  /// - Parameters:
  ///   - url: the file.
  ///   - file: the file name used in errors; the URL's last path component when nil.
  /// - Throws: `ParseError` with code `notUTF8`, `invalidUTF16` or `unreadableFile`.
  public static func records(from url: URL, file: String? = nil) throws(ParseError)
    -> CSVRecordStream
  {
    try records(from: url, file: file, chunkSize: defaultChunkSize)
  }

  /// Reads CSV bytes already in memory record by record.
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` with code `notUTF8` or `invalidUTF16`.
  public static func records(from bytes: Data, file: String) throws(ParseError) -> CSVRecordStream {
    try records(from: bytes, file: file, chunkSize: defaultChunkSize)
  }

  /// `records(from:file:)` in chunks of `chunkSize` bytes (tests use tiny ones).
  static func records(from url: URL, file: String?, chunkSize: Int) throws(ParseError)
    -> CSVRecordStream
  {
    let source = try ByteSource(url: url, file: file ?? url.lastPathComponent)
    return try CSVRecordStream(source: source, chunkSize: chunkSize, sampleSize: sampleSize)
  }

  /// `records(from:file:)` in chunks of `chunkSize` bytes (tests use tiny ones).
  static func records(from bytes: Data, file: String, chunkSize: Int) throws(ParseError)
    -> CSVRecordStream
  {
    try CSVRecordStream(
      source: ByteSource(bytes: bytes, file: file), chunkSize: chunkSize, sampleSize: sampleSize)
  }
}
