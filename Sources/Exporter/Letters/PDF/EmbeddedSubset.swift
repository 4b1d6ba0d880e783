import Receivables

/// A font subset as a PDF embeds it: the `FontFile2` and `CIDToGIDMap` stream bodies and the
/// subset's name tag. They depend only on the font and the glyph set, so they are made once per
/// set and shared by every PDF that uses it (the letters of a batch share most of their sets).
struct EmbeddedSubset: Sendable {
  /// Six capital letters naming the subset (ISO 32000-1, 9.6.4), from its glyphs.
  let tag: String
  /// The compressed subset font file as a stream body.
  let fontFile: [UInt8]
  /// The compressed map from the original glyph ids (the CIDs) to the subset's, as a stream body.
  let glyphMap: [UInt8]

  /// Cuts and compresses the subset of `glyphs` (sorted original ids).
  init(of font: TrueTypeFont, glyphs: [Int]) {
    let subset = TrueTypeSubset(of: font, glyphs: glyphs)
    var value = StableHash.value(
      of: subset.originalGlyphs.flatMap { [UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] })
    var letters = ""
    for _ in 0..<6 {
      letters.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value % 26)))
      value /= 26
    }
    tag = letters
    var file = PDFBytes()
    file.compressedStream(subset.bytes, entries: "/Length1 \(subset.bytes.count) ")
    fontFile = file.bytes
    var map = [UInt8](repeating: 0, count: 2 * ((glyphs.last ?? 0) + 1))
    for (new, original) in subset.originalGlyphs.enumerated() where 2 * original + 1 < map.count {
      map.setU16(new, at: 2 * original)
    }
    var mapStream = PDFBytes()
    mapStream.compressedStream(map)
    glyphMap = mapStream.bytes
  }
}
