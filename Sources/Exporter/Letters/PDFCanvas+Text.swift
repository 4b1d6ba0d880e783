import CPangoCairo

extension PDFCanvas {
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
    guard !measuring else { return }
    let all = 0..<block.lines.count
    let range = range?.clamped(to: all) ?? all
    guard let first = range.first else { return }
    let shift = block.lines[first].top
    setColor(block.color)
    for line in block.lines[range] {
      cairo_move_to(cairo, x + line.left, y + line.baseline - shift)
      pango_cairo_show_layout_line(cairo, line.line)
    }
  }
}
