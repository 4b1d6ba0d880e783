import CPangoCairo

/// Text laid out by Pango at a fixed width, measured line by line so it can break across pages.
/// The text is set as plain text (never markup), so "&" and "<" print literally.
final class TextBlock {
  /// One laid-out line, in points relative to the block's top left.
  struct Line {
    var top: Double
    var bottom: Double
    var baseline: Double
    /// The line's left edge, which alignment moves to the right.
    var left: Double
    /// The width of the line's text.
    var width: Double
    /// Pango's line, valid while the block lives.
    var line: UnsafeMutablePointer<PangoLayoutLine>
  }

  /// The colour the block is drawn in, from its style.
  let color: PrintColor
  /// The text as laid out; glyph clusters point into it.
  let text: String
  private let layout: OpaquePointer
  private(set) var lines: [Line] = []
  /// Each line's glyph runs once extracted, at origin 0 and baseline 0.
  private var runs: [[GlyphRun]?] = []

  /// The height of all lines together.
  var height: Double { lines.last?.bottom ?? 0 }

  /// The width of the widest line's text.
  var textWidth: Double { lines.map(\.width).max() ?? 0 }

  /// Lays out `text` in `style`, wrapping at `width` points.
  init?(
    _ text: String, style: TextStyle, width: Double, alignment: PangoAlignment,
    on typesetter: Typesetter
  ) {
    guard let layout = pango_layout_new(typesetter.pango) else { return nil }
    self.layout = layout
    self.color = style.color
    self.text = text
    let scale = Double(arflow_pango_scale())
    pango_layout_set_font_description(layout, typesetter.font(style.font))
    pango_layout_set_width(layout, Int32((width * scale).rounded(.down)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    pango_layout_set_alignment(layout, alignment)
    if style.lineSpacing > 0 { pango_layout_set_line_spacing(layout, Float(style.lineSpacing)) }
    pango_layout_set_text(layout, text, -1)
    guard let iterator = pango_layout_get_iter(layout) else { return nil }
    defer { pango_layout_iter_free(iterator) }
    repeat {
      var top: Int32 = 0
      var bottom: Int32 = 0
      var extent = PangoRectangle()
      pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
      pango_layout_iter_get_line_extents(iterator, nil, &extent)
      guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
      lines.append(
        Line(
          top: Double(top) / scale, bottom: Double(bottom) / scale,
          baseline: Double(pango_layout_iter_get_baseline(iterator)) / scale,
          left: Double(extent.x) / scale, width: Double(extent.width) / scale, line: line))
    } while pango_layout_iter_next_line(iterator) != 0
    runs = Array(repeating: nil, count: lines.count)
  }

  deinit { arflow_object_unref(UnsafeMutableRawPointer(layout)) }

  /// The height of `range`'s lines, from the first's top to the last's bottom.
  func height(of range: Range<Int>) -> Double {
    guard let first = range.first, let last = range.last else { return 0 }
    return lines[last].bottom - lines[first].top
  }

  /// The shaped glyphs of line `index`, relative to the line's left edge and baseline: one run
  /// per font Pango used. Glyphs Pango leaves empty (line ends) are skipped; a character no
  /// installed font has becomes glyph 0, the font's .notdef box.
  func glyphRuns(of index: Int, typesetter: Typesetter) -> [GlyphRun] {
    if let known = runs[index] { return known }
    let made = extractRuns(of: index, typesetter: typesetter)
    runs[index] = made
    return made
  }

  private func extractRuns(of index: Int, typesetter: Typesetter) -> [GlyphRun] {
    let scale = Double(arflow_pango_scale())
    var runs: [GlyphRun] = []
    var pen = 0.0
    var node = lines[index].line.pointee.runs
    while let current = node {
      node = current.pointee.next
      guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
        let item = run.pointee.item?.pointee, let shaped = run.pointee.glyphs?.pointee,
        let font = item.analysis.font, let infos = shaped.glyphs, let clusters = shaped.log_clusters
      else { continue }
      let count = Int(shaped.num_glyphs)
      let ends = Self.clusterEnds(clusters, count: count, length: Int(item.length))
      let start = Int(item.offset)
      var glyphs: [GlyphRun.Glyph] = []
      glyphs.reserveCapacity(count)
      for glyph in 0..<count {
        let info = infos[glyph]
        defer { pen += Double(info.geometry.width) / scale }
        guard info.glyph != 0x0FFF_FFFF else { continue }
        let cluster = Int(clusters[glyph])
        let first = glyph == 0 || Int(clusters[glyph - 1]) != cluster
        glyphs.append(
          GlyphRun.Glyph(
            id: info.glyph & 0x1000_0000 != 0 ? 0 : Int(info.glyph),
            x: pen + Double(info.geometry.x_offset) / scale,
            yOffset: Double(info.geometry.y_offset) / scale,
            characters: first ? start + cluster..<start + ends[glyph] : start..<start))
      }
      guard !glyphs.isEmpty else { continue }
      let letterFont = typesetter.letterFont(font)
      runs.append(
        GlyphRun(
          font: letterFont, text: text, size: letterFont.size, color: color, originX: 0,
          baseline: 0, glyphs: glyphs))
    }
    return runs
  }

  /// Where each glyph's cluster ends, as a byte offset in the item: the next larger cluster
  /// start, or the item's end. Left-to-right runs (clusters ascending) take one pass.
  private static func clusterEnds(_ clusters: UnsafeMutablePointer<Int32>, count: Int, length: Int)
    -> [Int]
  {
    var ends = [Int](repeating: length, count: count)
    let ascending = (1..<max(count, 1)).allSatisfy { clusters[$0 - 1] <= clusters[$0] }
    if ascending {
      var next = length
      for glyph in stride(from: count - 1, through: 0, by: -1) {
        ends[glyph] = next
        if glyph > 0, clusters[glyph - 1] != clusters[glyph] { next = Int(clusters[glyph]) }
      }
    } else {
      let starts = Set((0..<count).map { Int(clusters[$0]) }).sorted()
      for glyph in 0..<count {
        ends[glyph] = starts.first { $0 > Int(clusters[glyph]) } ?? length
      }
    }
    return ends
  }
}
