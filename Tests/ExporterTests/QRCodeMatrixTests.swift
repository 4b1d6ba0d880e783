import Exporter
import Testing

struct QRCodeMatrixTests {
  @Test(
    "the code grows with the text at level M, in 8-bit byte mode",
    arguments: [
      (String(repeating: "a", count: 14), 21),  // version 1-M holds 14 bytes
      (String(repeating: "a", count: 15), 25),  // … so 15 bytes need version 2
      (String(repeating: "a", count: 106), 41),  // version 6-M holds 106 bytes
      (String(repeating: "a", count: 331), 69),  // version 13-M: the EPC069-12 maximum
    ])
  func sizeFollowsVersion(text: String, size: Int) throws {
    #expect(try QRCodeMatrix(encoding: text).size == size)
  }

  @Test("a higher error-correction level needs a bigger code for the same text")
  func levelChangesSize() throws {
    let text = String(repeating: "a", count: 14)
    #expect(try QRCodeMatrix(encoding: text, level: .high).size > 21)
  }

  @Test("the three finder patterns sit in the corners and the quiet zone is light")
  func finderPatterns() throws {
    let code = try QRCodeMatrix(encoding: "BCD\n002\n1\nSCT")
    let last = code.size - 1
    for (x, y) in [(0, 0), (6, 6), (last, 0), (last - 6, 6), (0, last), (6, last - 6), (3, 3)] {
      #expect(code.isDark(x: x, y: y))
    }
    #expect(!code.isDark(x: 1, y: 1) && !code.isDark(x: 7, y: 7))
    #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: code.size, y: 0))
  }

  @Test("empty or oversized text is a render error")
  func unencodable() {
    #expect(throws: RenderError.self) { try QRCodeMatrix(encoding: "") }
    #expect(throws: RenderError.self) {
      try QRCodeMatrix(encoding: String(repeating: "x", count: 3_000))
    }
  }
}
