import Foundation
import Parsers
import Testing

struct CSVReaderErrorTests {
  @Test("an unterminated quote names the line where the quote opened")
  func unterminatedQuote() {
    let input = "a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(input.utf8), file: "broken.csv")
    }
    #expect(error?.code == .unterminatedQuote)
    #expect(error?.line == 3)
    #expect(error?.file == "broken.csv")
  }

  @Test("one Windows-1252 byte in an otherwise UTF-8 file is refused with line, offset and fix")
  func strayByteInUTF8() {
    // "Kunde;Ort\nMüller;Köln\nM" + 0xFC (a Windows-1252 "ü") + "ller;K\n": the first two
    // umlauts are UTF-8, so guessing Windows-1252 would garble them.
    var bytes = Array("Kunde;Ort\nMüller;Köln\nM".utf8)
    bytes += [0xFC]
    bytes += Array("ller;K\n".utf8)
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "kunden.csv")
    }
    #expect(error?.code == .notUTF8)
    #expect(error?.line == 3)
    #expect(error?.message.contains("byte offset 25") == true)
    #expect(error?.message.contains("0xFC") == true)
    #expect(error?.fix.contains("line 3") == true)
  }

  @Test("a file with a UTF-8 byte-order mark and a non-UTF-8 byte is refused, not guessed")
  func byteOrderMarkThenStrayByte() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a;b\n1;".utf8) + [0xE4] + Array("\n".utf8)
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "bom.csv")
    }
    #expect(error?.code == .notUTF8)
    #expect(error?.line == 2)
    #expect(error?.message.contains("byte-order mark") == true)
  }

  @Test("a UTF-16 file with an odd number of bytes is refused on its last line")
  func utf16OddLength() {
    let bytes = CSVFixtures.utf16("a\tb\r\n1\t2\r\n") + [0x41]
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "unicode.txt")
    }
    #expect(error?.code == .invalidUTF16)
    #expect(error?.line == 3)
  }

  @Test("a broken UTF-16 character (lone surrogate) is refused at its line")
  func utf16LoneSurrogate() {
    let bytes =
      CSVFixtures.utf16("a\tb\n1\t2\n") + [0x00, 0xD8, 0x41, 0x00]
      + CSVFixtures
      .utf16("\t3\n").dropFirst(2)
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "unicode.txt")
    }
    #expect(error?.code == .invalidUTF16)
    #expect(error?.line == 3)
  }

  @Test("a file that cannot be opened is a located unreadableFile error")
  func unreadable() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "no-such-\(UUID().uuidString).csv")
    let error = #expect(throws: ParseError.self) {
      try CSVReader.records(from: url)
    }
    #expect(error?.code == .unreadableFile)
    #expect(error?.file == url.lastPathComponent)
  }

  @Test("the error reads as one line with file, line, problem and fix")
  func errorDescription() {
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data("a\n\"b".utf8), file: "x.csv")
    }
    let text = error?.description ?? ""
    #expect(text.hasPrefix("x.csv:2: "))
    #expect(text.contains("Fix: "))
    #expect(!text.contains("\n"))
  }
}
