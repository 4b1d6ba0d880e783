extension LetterCanvas {
  /// Fills a rectangle given by its top left corner and size.
  func fill(x: Double, y: Double, width: Double, height: Double, color: PrintColor) {
    record(.fill([PageDrawing.Box(x: x, y: y, width: width, height: height)], color))
  }

  /// Strokes the outline of a rectangle.
  func frame(
    x: Double, y: Double, width: Double, height: Double, color: PrintColor, lineWidth: Double
  ) {
    record(
      .frame(
        PageDrawing.Box(x: x, y: y, width: width, height: height), color, lineWidth: lineWidth))
  }

  /// A horizontal rule from `x` to `x + width` at height `y`.
  func rule(x: Double, y: Double, width: Double, color: PrintColor, lineWidth: Double) {
    record(.rule(x: x, y: y, width: width, color, lineWidth: lineWidth))
  }

  /// Draws a QR code as black modules on a white square of `side` points that includes a quiet
  /// zone of `quietZone` modules on each side. Horizontal runs of dark modules become one rectangle
  /// and all rectangles are filled as one path, so viewers show no seams between modules.
  func draw(_ code: QRCodeMatrix, x: Double, y: Double, side: Double, quietZone: Int = 4) {
    fill(x: x, y: y, width: side, height: side, color: .white)
    let module = side / Double(code.size + 2 * quietZone)
    let origin = (x: x + Double(quietZone) * module, y: y + Double(quietZone) * module)
    var boxes: [PageDrawing.Box] = []
    for row in 0..<code.size {
      var column = 0
      while column < code.size {
        guard code.isDark(x: column, y: row) else {
          column += 1
          continue
        }
        let start = column
        while column < code.size, code.isDark(x: column, y: row) { column += 1 }
        boxes.append(
          PageDrawing.Box(
            x: Double(start), y: Double(row), width: Double(column - start), height: 1))
      }
    }
    record(.fillGrid(boxes, .black, x: origin.x, y: origin.y, unit: module))
  }
}
