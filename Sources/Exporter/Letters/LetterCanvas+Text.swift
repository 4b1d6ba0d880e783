import CPangoCairo

extension LetterCanvas {
  /// Lays out text in a style, wrapping at `width` points (or finds it laid out before).
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a layout.
  func block(
    _ text: String, _ style: TextStyle, width: Double, alignment: PangoAlignment = PANGO_ALIGN_LEFT
  ) throws(RenderError) -> TextBlock {
    try typesetter.block(text, style, width: width, alignment: alignment)
  }

  /// Draws `range` of the block's lines (all by default) with the first line's top at `y`.
  func draw(_ block: TextBlock, x: Double, y: Double, lines range: Range<Int>? = nil) {
    let all = 0..<block.lines.count
    let range = range?.clamped(to: all) ?? all
    guard let first = range.first else { return }
    let shift = block.lines[first].top
    for index in range {
      let line = block.lines[index]
      for var run in block.glyphRuns(of: index, typesetter: typesetter) {
        run.originX = x + line.left
        run.baseline = y + line.baseline - shift
        record(.text(run))
      }
    }
  }
}
