/// A TrueType font file (glyf outlines) read once: its tables, glyph metrics and the figures a
/// PDF font descriptor needs. Subsets for each PDF are cut from it (`TrueTypeSubset`).
final class TrueTypeFont: Sendable {
  /// Where a table lies in the file.
  struct Table: Sendable {
    var offset: Int
    var length: Int
  }

  let file: FontBytes
  let tables: [String: Table]
  let unitsPerEm: Int
  let glyphCount: Int
  /// Each glyph's advance width in font units.
  let advances: [Int]
  /// Each glyph's left side bearing in font units.
  let leftBearings: [Int]
  /// Where each glyph's outline starts in `glyf`, and (at the end) where the last one ends.
  let outlineOffsets: [Int]
  /// The font's bounding box in font units: xMin, yMin, xMax, yMax.
  let boundingBox: [Int]
  let ascent: Int
  let descent: Int
  let capHeight: Int
  let italicAngle: Double
  let fixedPitch: Bool
  /// The PostScript name (name ID 6), such as "DejaVuSans-Bold".
  let postScriptName: String

  /// Reads face `index` of a TrueType file or collection; nil when the face has no TrueType
  /// outlines (CFF) or its tables are not where they say.
  init?(bytes: [UInt8], index: Int = 0) {
    let file = FontBytes(bytes: bytes)
    guard file.count >= 12 else { return nil }
    var base = 0
    if file.tag(0) == "ttcf" {
      guard file.holds(12 + 4 * index, 4), index < file.u32(8) else { return nil }
      base = file.u32(12 + 4 * index)
    }
    guard file.holds(base, 12) else { return nil }
    let version = file.u32(base)
    guard version == 0x0001_0000 || file.tag(base) == "true" else { return nil }
    var tables: [String: Table] = [:]
    let count = file.u16(base + 4)
    for record in 0..<count {
      let at = base + 12 + 16 * record
      guard file.holds(at, 16) else { return nil }
      let table = Table(offset: file.u32(at + 8), length: file.u32(at + 12))
      guard file.holds(table.offset, table.length) else { return nil }
      tables[file.tag(at)] = table
    }
    // A variable font's glyf holds its default instance only: not embeddable as it is.
    guard tables["fvar"] == nil, tables["gvar"] == nil else { return nil }
    guard let head = tables["head"], head.length >= 54, let hhea = tables["hhea"],
      hhea.length >= 36, let maxp = tables["maxp"], maxp.length >= 6, let hmtx = tables["hmtx"],
      let loca = tables["loca"], tables["glyf"] != nil
    else { return nil }
    let glyphCount = file.u16(maxp.offset + 4)
    let metricsCount = file.u16(hhea.offset + 34)
    let longLoca = file.i16(head.offset + 50) == 1
    guard glyphCount > 0, metricsCount > 0, metricsCount <= glyphCount,
      hmtx.length >= 4 * metricsCount + 2 * (glyphCount - metricsCount),
      loca.length >= (glyphCount + 1) * (longLoca ? 4 : 2)
    else { return nil }
    var advances: [Int] = []
    var leftBearings: [Int] = []
    advances.reserveCapacity(glyphCount)
    leftBearings.reserveCapacity(glyphCount)
    for glyph in 0..<glyphCount {
      if glyph < metricsCount {
        advances.append(file.u16(hmtx.offset + 4 * glyph))
        leftBearings.append(file.i16(hmtx.offset + 4 * glyph + 2))
      } else {
        advances.append(advances[metricsCount - 1])
        leftBearings.append(file.i16(hmtx.offset + 4 * metricsCount + 2 * (glyph - metricsCount)))
      }
    }
    let outlineOffsets = (0...glyphCount).map {
      longLoca ? file.u32(loca.offset + 4 * $0) : 2 * file.u16(loca.offset + 2 * $0)
    }
    self.file = file
    self.tables = tables
    self.glyphCount = glyphCount
    self.advances = advances
    self.leftBearings = leftBearings
    self.outlineOffsets = outlineOffsets
    unitsPerEm = max(16, file.u16(head.offset + 18))
    boundingBox = (0..<4).map { file.i16(head.offset + 36 + 2 * $0) }
    ascent = file.i16(hhea.offset + 4)
    descent = file.i16(hhea.offset + 6)
    if let os2 = tables["OS/2"], os2.length >= 90, file.u16(os2.offset) >= 2 {
      capHeight = file.i16(os2.offset + 88)
    } else {
      capHeight = ascent * 7 / 10
    }
    if let post = tables["post"], post.length >= 16 {
      italicAngle = Double(Int32(truncatingIfNeeded: file.u32(post.offset + 4))) / 65536
      fixedPitch = file.u32(post.offset + 12) != 0
    } else {
      italicAngle = 0
      fixedPitch = false
    }
    postScriptName = Self.postScriptName(file, tables["name"]) ?? "Font"
  }

  /// A glyph's advance in thousandths of the font size, as PDF widths are given.
  func width(of glyph: Int) -> Double {
    guard glyph >= 0, glyph < glyphCount else { return 0 }
    return Double(advances[glyph]) * 1000 / Double(unitsPerEm)
  }

  /// The bytes of a glyph's outline (empty for a blank glyph such as the space).
  func outline(of glyph: Int) -> ArraySlice<UInt8> {
    guard let glyf = tables["glyf"], glyph >= 0, glyph < glyphCount else { return [] }
    let start = outlineOffsets[glyph]
    let end = outlineOffsets[glyph + 1]
    guard start < end, end <= glyf.length else { return [] }
    return file.bytes[glyf.offset + start..<glyf.offset + end]
  }

  /// Name ID 6 from the `name` table, Windows (UTF-16) or Macintosh (Roman) record; only the
  /// characters a PDF name may hold unescaped are kept.
  private static func postScriptName(_ file: FontBytes, _ table: Table?) -> String? {
    guard let table, table.length >= 6 else { return nil }
    let count = file.u16(table.offset + 2)
    let strings = table.offset + file.u16(table.offset + 4)
    for record in 0..<count {
      let at = table.offset + 6 + 12 * record
      guard file.holds(at, 12), file.u16(at + 6) == 6 else { continue }
      let platform = file.u16(at)
      let length = file.u16(at + 8)
      let start = strings + file.u16(at + 10)
      guard file.holds(start, length) else { continue }
      var name = ""
      if platform == 3 || platform == 0 {
        for index in stride(from: start, to: start + length - 1, by: 2) {
          if let scalar = Unicode.Scalar(UInt16(file.u16(index))) {
            name.unicodeScalars.append(scalar)
          }
        }
      } else if platform == 1 {
        name = String(decoding: file.bytes[start..<start + length], as: UTF8.self)
      } else {
        continue
      }
      let safe = String(name.unicodeScalars.filter { $0.isASCII && PDFName.isRegular($0) })
      if !safe.isEmpty { return safe }
    }
    return nil
  }
}
