import CPangoCairo

extension LetterCanvas {
  /// Lays out text in a style, wrapping at `width` points.
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a layout.
  func block(
    _ text: String, _ style: TextStyle, width: Double, alignment: PangoAlignment = PANGO_ALIGN_LEFT
  ) throws(RenderError) -> TextBlock {
    guard let block = TextBlock(text, style: style, width: width, alignment: alignment, on: self)
    else { throw RenderError(.drawing, "Pango could not lay out the text '\(text.prefix(40))'.") }
    return block
  }

  /// Draws `range` of the block's lines (all by default) with the first line's top at `y`.
  func draw(_ block: TextBlock, x: Double, y: Double, lines range: Range<Int>? = nil) {
    let all = 0..<block.lines.count
    let range = range?.clamped(to: all) ?? all
    guard let first = range.first else { return }
    let shift = block.lines[first].top
    for index in range {
      let line = block.lines[index]
      for run in block.glyphRuns(
        of: index, x: x + line.left, baseline: y + line.baseline - shift, on: self)
      {
        record(.text(run))
      }
    }
  }
}
