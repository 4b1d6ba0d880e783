import Foundation
import Testing

@testable import Parsers

/// One input for the chunk-boundary torture test.
struct StreamCase: Sendable, CustomTestStringConvertible {
  let name: String
  let bytes: [UInt8]
  var testDescription: String { name }
}

struct CSVRecordStreamTests {
  static let inputs: [StreamCase] = [
    StreamCase(
      name: "quoted CRLF, CR and LF, doubled quotes, empty fields",
      bytes: Array(
        "a,b,c\r\n\"x\r\ny\",\"he said \"\"hi\"\"\",\r\n\"\"\"\",\"\",z\r1,2,\"3\r\"\n".utf8)),
    StreamCase(
      name: "multi-byte UTF-8 letters split anywhere",
      bytes: Array("Kunde;Betrag;Notiz\nMüller;1.234,50 €;😀 ok\nŁódź;€;\"a;€\"\n".utf8)),
    StreamCase(
      name: "sep= line, BOM, blank and space-only lines",
      bytes: [0xEF, 0xBB, 0xBF] + Array("sep=;\r\n\r\na;b\r\n   \r\n\t\r\n1;2\r\n\r\n".utf8)),
    StreamCase(
      name: "stray quotes and text after closing quotes",
      bytes: Array("n,q\n5\" screen,1\n\"Best\" Buy,2\nx\"y\"z,3\n".utf8)),
    StreamCase(
      name: "Windows-1252 with € and umlauts",
      bytes: CSVFixtures.bytes([
        "Name;Ort\r\nM", .raw([0xFC]), "ller;K", .raw([0xF6]), "ln ", .raw([0x80]),
        "\r\n\"Gro", .raw([0xDF]), ";\r\nx\";y\r\n",
      ])),
    StreamCase(
      name: "UTF-16LE Unicode Text with surrogate pairs",
      bytes: CSVFixtures.utf16("a\tb\r\n😀 Zoë\t\"x\r\n\ty\"\r\nß\t€\r\n")),
    StreamCase(
      name: "UTF-16BE",
      bytes: CSVFixtures.utf16("a;b\n1;Ä😀\n", bigEndian: true)),
    StreamCase(
      name: "no final line end, trailing delimiter",
      bytes: Array("a|b|c\n1|2|".utf8)),
  ]

  @Test(
    "reading in chunks of 1, 2, 3 or 7 bytes gives exactly the rows of one big chunk",
    arguments: inputs)
  func chunkBoundaries(_ input: StreamCase) throws {
    let whole = try CSVReader.read(Data(input.bytes), file: "t.csv")
    #expect(!whole.rows.isEmpty)
    for chunkSize in [1, 2, 3, 7] {
      let table = try CSVReader.read(Data(input.bytes), file: "t.csv", chunkSize: chunkSize)
      #expect(table.rows == whole.rows, "chunk size \(chunkSize)")
      #expect(table.warnings == whole.warnings, "chunk size \(chunkSize)")
      #expect(table.encoding == whole.encoding)
      #expect(table.delimiter == whole.delimiter)
      #expect(table.sepLineRemoved == whole.sepLineRemoved)
    }
  }

  @Test("errors are the same whatever the chunk size", arguments: [1, 2, 3, 7, 1 << 16])
  func chunkedErrors(_ chunkSize: Int) {
    let unterminated = #expect(throws: ParseError.self) {
      try CSVReader.read(Data("a,b\r\n1,\"x\r\ny\r\n".utf8), file: "u.csv", chunkSize: chunkSize)
    }
    #expect(unterminated?.code == .unterminatedQuote)
    #expect(unterminated?.line == 2)
    var mixed = Array("a;b\nä;ö\n".utf8)
    mixed += [0xFC, 0x0A]
    let stray = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(mixed), file: "m.csv", chunkSize: chunkSize)
    }
    #expect(stray?.code == .notUTF8)
    #expect(stray?.line == 3)
  }

  @Test("streaming a file from disk gives the same rows as reading its bytes, one at a time")
  func streamsFromDisk() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csvstream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "sep=;\r\nKunde;Rechnung;Betrag;Notiz\r\n"
    for number in 1...30_000 {
      let note = number % 1000 == 0 ? "\"Teil;\r\nzahlung\"" : "ok"
      text += "K\(number % 97);RE-\(number);\(number),\(number % 100);\(note)\r\n"
    }
    let url = folder.appendingPathComponent("opos.csv")
    try Data(text.utf8).write(to: url)

    let stream = try CSVReader.records(from: url)
    #expect(stream.file == "opos.csv")
    #expect(stream.encoding == "UTF-8")
    #expect(stream.delimiter == ";")
    #expect(stream.sepLineRemoved)
    var streamed: [CSVRow] = []
    while let row = try stream.next() { streamed.append(row) }
    #expect(try stream.next() == nil)
    let whole = try CSVReader.read(Data(text.utf8), file: "opos.csv")
    #expect(streamed == whole.rows)
    #expect(streamed.count == 30_001)
    #expect(streamed.last?.line == 2 + 30_000 + 29)  // 29 earlier notes span two lines
    #expect(streamed[1000].cells[3] == "Teil;\r\nzahlung")
  }

  @Test("rows before an unclosed quote are returned, then the error, then the end")
  func errorMidStream() throws {
    let stream = try CSVReader.records(from: Data("a,b\n1,2\n3,\"x\n".utf8), file: "e.csv")
    #expect(try stream.next()?.cells == ["a", "b"])
    #expect(try stream.next()?.cells == ["1", "2"])
    let error = #expect(throws: ParseError.self) { try stream.next() }
    #expect(error?.line == 3)
    #expect(try stream.next() == nil)
  }
}
