/// The six objects one embedded font takes in a PDF file, in order: the Type 0 font, its
/// CIDFontType2 descendant, the font descriptor, the subset font file, the `ToUnicode` CMap and
/// the `CIDToGIDMap`. CIDs are the original font's glyph ids, so page contents never change.
struct PDFFontObjects {
  /// Each object's body (dictionary, or dictionary and stream), numbered from `firstObject`.
  let bodies: [[UInt8]]

  init(use: EncodedPage.FontUse, firstObject: Int) {
    let font = use.font.font
    let used = use.glyphs.keys.sorted()
    let subset = use.font.embedded(used)
    let name = subset.tag + "+" + font.postScriptName
    let scale = 1000 / Double(font.unitsPerEm)
    let object = { (offset: Int) in "\(firstObject + offset) 0 R" }

    var type0 = PDFBytes()
    type0.append(
      "<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H "
        + "/DescendantFonts [\(object(1))] /ToUnicode \(object(4)) >>")

    var cidFont = PDFBytes()
    cidFont.append(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name) /CIDSystemInfo << /Registry "
        + "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(object(2)) "
        + "/CIDToGIDMap \(object(5)) /W [")
    var index = 0
    while index < used.count {
      var end = index
      while end + 1 < used.count, used[end + 1] == used[end] + 1 { end += 1 }
      cidFont.append("\(used[index]) [")
      for glyph in used[index...end] { cidFont.number(font.width(of: glyph)) }
      cidFont.append("] ")
      index = end + 1
    }
    cidFont.append("] >>")

    var descriptor = PDFBytes()
    let flags = 4 | (font.fixedPitch ? 1 : 0) | (font.italicAngle != 0 ? 64 : 0)
    descriptor.append("<< /Type /FontDescriptor /FontName /\(name) /Flags \(flags) /FontBBox [")
    for value in font.boundingBox { descriptor.number(Double(value) * scale) }
    descriptor.append("] /ItalicAngle ")
    descriptor.number(font.italicAngle)
    descriptor.append("/Ascent ")
    descriptor.number(Double(font.ascent) * scale)
    descriptor.append("/Descent ")
    descriptor.number(Double(font.descent) * scale)
    descriptor.append("/CapHeight ")
    descriptor.number(Double(font.capHeight) * scale)
    descriptor.append("/StemV 80 /FontFile2 \(object(3)) >>")

    var toUnicode = PDFBytes()
    toUnicode.stream(Self.toUnicode(use.glyphs), entries: "")

    bodies = [
      type0.bytes, cidFont.bytes, descriptor.bytes, subset.fontFile, toUnicode.bytes,
      subset.glyphMap,
    ]
  }

  /// The CMap from glyph ids to the text they stand for (ISO 32000-1, 9.10.3).
  private static func toUnicode(_ glyphs: [Int: String]) -> [UInt8] {
    var cmap = PDFBytes()
    cmap.append(
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << "
        + "/Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS "
        + "def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
    let mapped = glyphs.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
    var start = 0
    while start < mapped.count {
      let block = mapped[start..<min(start + 100, mapped.count)]
      cmap.append("\(block.count) beginbfchar\n")
      for (glyph, text) in block {
        cmap.append("<")
        cmap.hex4(glyph)
        cmap.append("> <")
        for unit in text.utf16.prefix(256) { cmap.hex4(Int(unit)) }
        cmap.append(">\n")
      }
      cmap.append("endbfchar\n")
      start += 100
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return cmap.bytes
  }
}
