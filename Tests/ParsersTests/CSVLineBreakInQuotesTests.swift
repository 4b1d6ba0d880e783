import Foundation
import Testing

@testable import Parsers

/// A line break inside a quoted cell is kept exactly as written: `\r\n` stays `\r\n`, `\r`
/// stays `\r`, `\n` stays `\n` (csv-spectrum's `newlines_crlf`, `newlines_cr`, `newlines`),
/// whatever the chunk boundaries, encodings and dialects.
struct CSVLineBreakInQuotesTests {
  /// csv-spectrum's `newlines` case with each record ended by `end` and the quoted cell broken
  /// by `inside`.
  static func spectrum(end: String, inside: String) -> String {
    "a,b,c\(end)1,2,3\(end)\"Once upon \(inside)a time\",5,6\(end)7,8,9\(end)"
  }

  static let breaks = ["\r\n", "\r", "\n"]

  @Test(
    "the bytes between the quotes are the cell, line breaks included", arguments: breaks, breaks)
  func kept(_ end: String, _ inside: String) throws {
    let text = Self.spectrum(end: end, inside: inside)
    let expected = [
      ["a", "b", "c"], ["1", "2", "3"], ["Once upon \(inside)a time", "5", "6"], ["7", "8", "9"],
    ]
    for chunkSize in [1, 2, 3, 5, 7, 64, 64 << 10] {
      let table = try CSVReader.read(Data(text.utf8), file: "n.csv", chunkSize: chunkSize)
      let cells = table.rows.map(\.cells)
      #expect(cells == expected, "chunks of \(chunkSize)")
      #expect(
        Array(cells[2][0].utf8) == Array("Once upon \(inside)a time".utf8), "chunks of \(chunkSize)"
      )
      #expect(table.rows.map(\.line) == [1, 2, 3, 5])
    }
  }

  @Test("a CRLF inside quotes survives UTF-16, Windows-1252 and a semicolon dialect")
  func otherEncodings() throws {
    let text = "Name;Notiz\r\nMüller;\"Zeile 1\r\nZeile 2\"\r\n"
    let utf16 = try CSVReader.read(Data(CSVFixtures.utf16(text)), file: "u.csv")
    #expect(Array(utf16.rows[1].cells[1].utf8) == Array("Zeile 1\r\nZeile 2".utf8))
    let latin = CSVFixtures.bytes([
      "Name;Notiz\r\nM", .raw([0xFC]), "ller;\"Zeile 1\r\nZeile 2\"\r\n",
    ])
    let windows = try CSVReader.read(Data(latin), file: "w.csv")
    #expect(windows.rows[1].cells[0] == "Müller")
    #expect(Array(windows.rows[1].cells[1].utf8) == Array("Zeile 1\r\nZeile 2".utf8))
  }
}
