/// One page of a letter as what is drawn on it, in points from the top left: set text, filled
/// and stroked rectangles, rules. The canvas records it; `PDFPageEncoder` (or, for fonts arflow
/// cannot embed, `CairoReplay`) turns it into PDF.
struct PageDrawing {
  /// A rectangle from its top left corner.
  struct Box {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
  }

  enum Operation {
    /// A line of shaped glyphs in one font and colour.
    case text(GlyphRun)
    /// Filled rectangles, all in one colour.
    case fill([Box], PrintColor)
    /// Filled rectangles given in whole units of a grid whose top left corner is at `x`, `y`
    /// (a QR code's modules): the same shapes in a third of the bytes.
    case fillGrid([Box], PrintColor, x: Double, y: Double, unit: Double)
    /// The outline of a rectangle.
    case frame(Box, PrintColor, lineWidth: Double)
    /// A horizontal line from `x` to `x + width` at height `y`.
    case rule(x: Double, y: Double, width: Double, PrintColor, lineWidth: Double)
  }

  var operations: [Operation] = []
}

/// Glyphs HarfBuzz shaped for one run of text, placed on a baseline.
struct GlyphRun {
  /// One glyph: its id in the font, where its origin lies and the text it stands for.
  struct Glyph {
    var id: Int
    /// The glyph's origin from the run's origin.
    var x: Double
    /// How far the glyph sits below the baseline (negative: above).
    var yOffset: Double
    /// The UTF-8 byte range in `text` of the cluster this glyph starts; empty for the further
    /// glyphs of a cluster.
    var characters: Range<Int>
  }

  var font: LetterFont
  /// The text the glyphs were shaped from.
  var text: String
  /// The font size in points.
  var size: Double
  var color: PrintColor
  /// Where the run starts, from the page's left edge.
  var originX: Double
  /// The baseline, from the page's top edge.
  var baseline: Double
  var glyphs: [Glyph]

  /// The characters a glyph stands for.
  func characters(of glyph: Glyph) -> String {
    let utf8 = text.utf8
    guard glyph.characters.lowerBound >= 0, glyph.characters.upperBound <= utf8.count else {
      return ""
    }
    let start = utf8.index(utf8.startIndex, offsetBy: glyph.characters.lowerBound)
    let end = utf8.index(start, offsetBy: glyph.characters.count)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}
