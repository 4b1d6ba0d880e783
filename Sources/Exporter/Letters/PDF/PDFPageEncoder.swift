/// Writes a page's drawing operations as PDF content-stream operators (ISO 32000-1, 8 and 9),
/// turning the canvas' top-left coordinates into PDF's bottom-left ones and keeping colour and
/// line width set only when they change.
struct PDFPageEncoder {
  var out = PDFBytes()
  /// The fonts the page uses, in order of first use, with their glyphs.
  private(set) var uses: [EncodedPage.FontUse] = []
  private var slots: [String: Int] = [:]
  /// Per font, a bit per glyph: seen on the page, and seen with its text.
  private var seen: [[UInt64]] = []
  private var named: [[UInt64]] = []
  private var fillColor: PrintColor?
  private var strokeColor: PrintColor?
  private var lineWidth: Double?

  private static let height = LetterCanvas.pageHeight

  /// Appends one operation; false when its font cannot be embedded.
  mutating func encode(_ operation: PageDrawing.Operation) -> Bool {
    switch operation {
    case .text(let run):
      guard let font = run.font.embeddable else { return false }
      text(run, font)
    case .fill(let boxes, let color):
      setFill(color)
      for box in boxes { rectangle(box) }
      out.append("f\n")
    case .fillGrid(let boxes, let color, let x, let y, let unit):
      setFill(color)
      out.append("q ")
      out.number(unit)
      out.append("0 0 ")
      out.number(-unit)
      out.number(x)
      out.number(Self.height - y)
      out.append("cm\n")
      for box in boxes { rectangle(box, flipped: false) }
      out.append("f Q\n")
    case .frame(let box, let color, let width):
      setStroke(color, width)
      rectangle(box)
      out.append("S\n")
    case .rule(let x, let y, let width, let color, let lineWidth):
      setStroke(color, lineWidth)
      out.number(x)
      out.number(Self.height - y)
      out.append("m ")
      out.number(x + width)
      out.number(Self.height - y)
      out.append("l S\n")
    }
    return true
  }

  /// A run as `BT … TJ ET`: glyph ids as two-byte codes in literal strings, a kerning number
  /// wherever PDF's own advance (the font's width) would drift from HarfBuzz's position, and
  /// text rise for raised glyphs.
  private mutating func text(_ run: GlyphRun, _ font: EmbeddableFont) {
    guard let first = run.glyphs.first, run.size > 0 else { return }
    note(run, font)
    setFill(run.color)
    out.append("BT /\(font.resourceName) ")
    out.number(run.size)
    out.append("Tf ")
    out.number(run.originX + first.x)
    out.number(Self.height - run.baseline)
    out.append("Td [(")
    var pen = first.x
    var rise = 0.0
    var open = true
    for glyph in run.glyphs {
      if -glyph.yOffset != rise {
        if open { out.append(")] TJ ") }
        rise = -glyph.yOffset
        out.number(rise)
        out.append("Ts [(")
        open = true
      }
      let drift = (pen - glyph.x) * 1000 / run.size
      if abs(drift) >= 0.5 {
        let kern = drift.rounded()
        out.append(") ")
        out.number(kern)
        out.append("(")
        pen -= kern * run.size / 1000
      }
      out.glyphCode(glyph.id)
      pen += font.font.width(of: glyph.id) * run.size / 1000
    }
    out.append(")] TJ ")
    if rise != 0 { out.append("0 Ts ") }
    out.append("ET\n")
  }

  /// Records the run's glyphs under its font, with the text of each (a glyph first seen as the
  /// tail of a cluster gets its text when it later starts one).
  private mutating func note(_ run: GlyphRun, _ font: EmbeddableFont) {
    let slot: Int
    if let known = slots[font.resourceName] {
      slot = known
    } else {
      slot = uses.count
      slots[font.resourceName] = slot
      uses.append(EncodedPage.FontUse(font: font, glyphs: [:]))
      let words = font.font.glyphCount / 64 + 1
      seen.append([UInt64](repeating: 0, count: words))
      named.append([UInt64](repeating: 0, count: words))
    }
    // Glyph 0 (.notdef, a character no font has) stands for many characters: it gets no text
    // rather than the first one's.
    for glyph in run.glyphs where glyph.id > 0 && glyph.id < font.font.glyphCount {
      let word = glyph.id >> 6
      let bit = UInt64(1) << UInt64(glyph.id & 63)
      guard named[slot][word] & bit == 0 else { continue }
      if !glyph.characters.isEmpty {
        named[slot][word] |= bit
        seen[slot][word] |= bit
        uses[slot].glyphs[glyph.id] = run.characters(of: glyph)
      } else if seen[slot][word] & bit == 0 {
        seen[slot][word] |= bit
        uses[slot].glyphs[glyph.id] = ""
      }
    }
  }

  private mutating func rectangle(_ box: PageDrawing.Box, flipped: Bool = true) {
    out.number(box.x)
    out.number(flipped ? Self.height - box.y - box.height : box.y)
    out.number(box.width)
    out.number(box.height)
    out.append("re ")
  }

  private mutating func setFill(_ color: PrintColor) {
    guard fillColor != color else { return }
    fillColor = color
    rgb(color)
    out.append("rg\n")
  }

  private mutating func setStroke(_ color: PrintColor, _ width: Double) {
    if strokeColor != color {
      strokeColor = color
      rgb(color)
      out.append("RG\n")
    }
    if lineWidth != width {
      lineWidth = width
      out.number(width)
      out.append("w\n")
    }
  }

  private mutating func rgb(_ color: PrintColor) {
    out.number(color.red)
    out.number(color.green)
    out.number(color.blue)
  }
}
