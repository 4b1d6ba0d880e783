import Foundation
import Testing

@testable import Parsers

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct CSVCorpusChunkTests {
  @Test(
    "every corpus CSV read in 1-, 3- and 7-byte chunks gives the rows of one read",
    arguments: CSVCorpusTests.allFiles)
  func chunkSizesAgree(_ path: String) throws {
    let bytes = try Corpus.bytes(path)
    let whole = try CSVReader.read(bytes, file: path)
    for chunkSize in [1, 3, 7] {
      let table = try CSVReader.read(bytes, file: path, chunkSize: chunkSize)
      #expect(table.rows == whole.rows, "chunk size \(chunkSize)")
      #expect(table.warnings == whole.warnings)
      #expect(table.encoding == whole.encoding)
      #expect(table.delimiter == whole.delimiter)
    }
  }
}
