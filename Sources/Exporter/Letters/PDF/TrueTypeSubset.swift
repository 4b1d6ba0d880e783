/// A TrueType font cut down to the glyphs one PDF uses, numbered anew from 0 (.notdef): what a
/// PDF embeds as `FontFile2`. Composite glyphs bring their components along, renumbered.
///
/// Hinting instructions (the glyphs' bytecode and the `fpgm`, `prep` and `cvt ` tables) are left
/// out: they fit outlines to a screen's pixel grid at small sizes, which paper at printer
/// resolution never needs and viewers that anti-alias ignore. In DejaVu Sans they are more than
/// half of every glyph, so leaving them out halves each letter's fonts.
struct TrueTypeSubset {
  /// The subset font file.
  let bytes: [UInt8]
  /// Each original glyph id in the subset, in subset order (index = new glyph id).
  let originalGlyphs: [Int]

  /// Cuts `glyphs` (original ids) out of `font`.
  init(of font: TrueTypeFont, glyphs: some Sequence<Int>) {
    var order = [0]
    var known: [Int: Int] = [0: 0]
    var pending = glyphs.filter { $0 > 0 && $0 < font.glyphCount }.sorted()
    while !pending.isEmpty {
      let glyph = pending.removeFirst()
      guard known[glyph] == nil else { continue }
      known[glyph] = order.count
      order.append(glyph)
      // A component outside the font (a broken file) is left out; renumbering makes it 0.
      pending.append(
        contentsOf: Self.components(of: font.outline(of: glyph)).filter {
          $0 > 0 && $0 < font.glyphCount
        })
    }
    var glyf: [UInt8] = []
    var loca: [UInt8] = []
    var hmtx: [UInt8] = []
    for original in order {
      loca.appendU32(glyf.count)
      var outline = Self.withoutInstructions(font.outline(of: original))
      Self.renumberComponents(in: &outline) { known[$0] ?? 0 }
      glyf.append(contentsOf: outline)
      while glyf.count % 4 != 0 { glyf.append(0) }
      hmtx.appendU16(font.advances[original])
      hmtx.appendU16(font.leftBearings[original])
    }
    loca.appendU32(glyf.count)
    var tables: [String: [UInt8]] = ["glyf": glyf, "loca": loca, "hmtx": hmtx]
    for tag in ["head", "hhea", "maxp"] {
      guard let table = font.tables[tag] else { continue }
      tables[tag] = Array(font.file.bytes[table.offset..<table.offset + table.length])
    }
    tables["head"]?.setU32(0, at: 8)
    tables["head"]?.setU16(1, at: 50)
    tables["hhea"]?.setU16(order.count, at: 34)
    tables["maxp"]?.setU16(order.count, at: 4)
    bytes = Self.file(of: tables)
    originalGlyphs = order
  }

  /// The glyph ids a composite outline refers to; none for a simple outline.
  static func components(of outline: ArraySlice<UInt8>) -> [Int] {
    let glyph = Array(outline)
    return (componentRecords(of: glyph)?.starts ?? []).map {
      Int(glyph[$0 + 2]) << 8 | Int(glyph[$0 + 3])
    }
  }

  /// Replaces each component's glyph id in a composite outline by `map(id)`; a simple outline
  /// (or one that does not parse) is left as it is.
  static func renumberComponents(in outline: inout [UInt8], map: (Int) -> Int) {
    for start in componentRecords(of: outline)?.starts ?? [] {
      outline.setU16(map(Int(outline[start + 2]) << 8 | Int(outline[start + 3])), at: start + 2)
    }
  }

  /// A glyph's outline without its hinting instructions: a simple glyph's instruction bytes are
  /// cut out (its length set to 0); a composite's trailing instructions are dropped and its
  /// "we have instructions" flags cleared. Anything that does not parse is kept as it is.
  static func withoutInstructions(_ outline: ArraySlice<UInt8>) -> [UInt8] {
    var glyph = Array(outline)
    guard glyph.count >= 10 else { return glyph }
    if let records = componentRecords(of: glyph) {
      for start in records.starts {
        glyph.setU16((Int(glyph[start]) << 8 | Int(glyph[start + 1])) & ~0x0100, at: start)
      }
      glyph.removeSubrange(records.end...)
      return glyph
    }
    let contours = Int(Int16(bitPattern: UInt16(glyph[0]) << 8 | UInt16(glyph[1])))
    let lengthAt = 10 + 2 * contours
    guard contours >= 0, lengthAt + 2 <= glyph.count else { return glyph }
    let length = Int(glyph[lengthAt]) << 8 | Int(glyph[lengthAt + 1])
    guard lengthAt + 2 + length <= glyph.count else { return glyph }
    glyph.removeSubrange(lengthAt + 2..<lengthAt + 2 + length)
    glyph.setU16(0, at: lengthAt)
    return glyph
  }

  /// Where a composite outline's component records start, and where the last one ends (its
  /// instructions follow); nil for a simple outline or records that run past the outline.
  private static func componentRecords(of outline: [UInt8]) -> (starts: [Int], end: Int)? {
    guard outline.count >= 10, Int16(bitPattern: UInt16(outline[0]) << 8 | UInt16(outline[1])) < 0
    else { return nil }
    var starts: [Int] = []
    var at = 10
    while at + 4 <= outline.count {
      let flags = Int(outline[at]) << 8 | Int(outline[at + 1])
      starts.append(at)
      at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
      if flags & 0x0008 != 0 {
        at += 2
      } else if flags & 0x0040 != 0 {
        at += 4
      } else if flags & 0x0080 != 0 {
        at += 8
      }
      guard at <= outline.count else { return nil }
      guard flags & 0x0020 != 0 else { return (starts, at) }
    }
    return nil
  }

  /// An sfnt file of the tables, sorted by tag and padded to four bytes, with the checksums
  /// and `head.checkSumAdjustment` the OpenType specification defines.
  private static func file(of tables: [String: [UInt8]]) -> [UInt8] {
    let tags = tables.keys.sorted()
    var power = 1
    var exponent = 0
    while power * 2 <= tags.count {
      power *= 2
      exponent += 1
    }
    var out: [UInt8] = []
    out.appendU32(0x0001_0000)
    out.appendU16(tags.count)
    out.appendU16(power * 16)
    out.appendU16(exponent)
    out.appendU16(tags.count * 16 - power * 16)
    var offset = 12 + 16 * tags.count
    var headOffset: Int?
    for tag in tags {
      let table = tables[tag] ?? []
      out.append(contentsOf: Array(tag.utf8))
      out.appendU32(checksum(table))
      out.appendU32(offset)
      out.appendU32(table.count)
      if tag == "head" { headOffset = offset }
      offset += (table.count + 3) / 4 * 4
    }
    for tag in tags {
      out.append(contentsOf: tables[tag] ?? [])
      while out.count % 4 != 0 { out.append(0) }
    }
    if let headOffset {
      out.setU32((0xB1B0_AFBA &- checksum(out)) & 0xFFFF_FFFF, at: headOffset + 8)
    }
    return out
  }

  /// The sum of the big-endian 32-bit words, zero-padded, modulo 2³².
  static func checksum(_ bytes: [UInt8]) -> Int {
    var sum: UInt32 = 0
    var index = 0
    while index < bytes.count {
      var word: UInt32 = 0
      for byte in 0..<4 {
        word <<= 8
        if index + byte < bytes.count { word |= UInt32(bytes[index + byte]) }
      }
      sum &+= word
      index += 4
    }
    return Int(sum)
  }
}
