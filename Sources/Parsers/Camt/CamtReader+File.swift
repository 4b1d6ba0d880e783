public import Foundation

extension CamtReader {
  /// Streams a camt file from disk like `stream(_:file:…)`, with libxml2 reading it in small
  /// chunks: not even the file's pages stay in memory, whatever its size.
  ///
  /// The file is read twice: once quickly to check its prolog and to see whether it holds
  /// several XML documents one after another, then by libxml2. A file with several documents is
  /// mapped and read as `Data` instead (such files are small in practice).
  /// - Parameters:
  ///   - url: a local file.
  ///   - file: the file name used in errors.
  /// - Throws: the `ParseError`s of `read`, `unreadableFile` when the file cannot be opened or
  ///   read, or what a callback throws. No size limit applies (the `Data` variant stops at 2 GB).
  public static func stream(
    contentsOf url: URL, file: String, statement: (BankStatement) throws -> Void,
    entry: (BankStatementEntry) throws -> Void, finished: (BankStatement) throws -> Void
  ) throws {
    let survey = try XMLFileSurvey(url: url, file: file)
    guard survey.isSingleDocument else {
      let bytes: Data
      do {
        bytes = try Data(contentsOf: url, options: .alwaysMapped)
      } catch {
        throw XMLFileInput.unreadable(file, error)
      }
      return try stream(
        bytes, file: file, statement: statement, entry: entry, finished: finished)
    }
    let refusal = survey.head.withUnsafeBytes {
      XMLStreamReader.prologRefusal($0, file: file, lineOffset: 0)
    }
    if let refusal, refusal.code != .emptyDocument || survey.headIsWholeFile { throw refusal }
    let input = try XMLFileInput(url: url, file: file)
    let reader = try XMLStreamReader(input: input, file: file)
    try walk(reader, statement: statement, entry: entry, finished: finished)
  }
}
