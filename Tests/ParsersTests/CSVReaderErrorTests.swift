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

  @Test("Windows-1252 bytes are refused with their line, byte offset and how to re-save")
  func invalidUTF8() {
    var bytes = Array("Kunde;Ort\nMeier;Berlin\nM".utf8)
    bytes += [0xFC]  // "ü" in Windows-1252
    bytes += Array("ller;K\n".utf8)
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "kunden.csv")
    }
    #expect(error?.code == .notUTF8)
    #expect(error?.line == 3)
    #expect(error?.message.contains("byte offset 24") == true)
    #expect(error?.fix == "save the file as UTF-8 (CSV UTF-8 in Excel)")
  }

  @Test("a UTF-16 'Unicode Text' save is refused as not UTF-8")
  func utf16() {
    let bytes: [UInt8] =
      [0xFF, 0xFE] + Array("a\tb".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let error = #expect(throws: ParseError.self) {
      try CSVReader.read(Data(bytes), file: "unicode.txt")
    }
    #expect(error?.code == .notUTF8)
    #expect(error?.line == 1)
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
