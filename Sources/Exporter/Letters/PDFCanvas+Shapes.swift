import CPangoCairo

extension PDFCanvas {
  func setColor(_ color: PrintColor) {
    cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
  }

  /// Fills a rectangle given by its top left corner and size.
  func fill(x: Double, y: Double, width: Double, height: Double, color: PrintColor) {
    guard !measuring else { return }
    setColor(color)
    cairo_rectangle(cairo, x, y, width, height)
    cairo_fill(cairo)
  }

  /// Strokes the outline of a rectangle.
  func frame(
    x: Double, y: Double, width: Double, height: Double, color: PrintColor, lineWidth: Double
  ) {
    guard !measuring else { return }
    setColor(color)
    cairo_set_line_width(cairo, lineWidth)
    cairo_rectangle(cairo, x, y, width, height)
    cairo_stroke(cairo)
  }

  /// A horizontal rule from `x` to `x + width` at height `y`.
  func rule(x: Double, y: Double, width: Double, color: PrintColor, lineWidth: Double) {
    guard !measuring else { return }
    setColor(color)
    cairo_set_line_width(cairo, lineWidth)
    cairo_move_to(cairo, x, y)
    cairo_line_to(cairo, x + width, y)
    cairo_stroke(cairo)
  }

  /// Draws a QR code as black modules on a white square of `side` points that includes a quiet
  /// zone of `quietZone` modules on each side. Horizontal runs of dark modules become one rectangle
  /// and all rectangles are filled as one path, so viewers show no seams between modules.
  func draw(_ code: QRCodeMatrix, x: Double, y: Double, side: Double, quietZone: Int = 4) {
    guard !measuring else { return }
    fill(x: x, y: y, width: side, height: side, color: .white)
    let module = side / Double(code.size + 2 * quietZone)
    let origin = (x: x + Double(quietZone) * module, y: y + Double(quietZone) * module)
    for row in 0..<code.size {
      var column = 0
      while column < code.size {
        guard code.isDark(x: column, y: row) else {
          column += 1
          continue
        }
        let start = column
        while column < code.size, code.isDark(x: column, y: row) { column += 1 }
        cairo_rectangle(
          cairo, origin.x + Double(start) * module, origin.y + Double(row) * module,
          Double(column - start) * module, module)
      }
    }
    setColor(.black)
    cairo_fill(cairo)
  }
}
