import CPangoCairo

extension LetterComposer {
  /// One laid-out table row: a block per cell, and the row's height with padding.
  private struct Row {
    var cells: [TextBlock]
    var height: Double
  }

  /// The table: a shaded header, the rows with thin rules between them and the total row under a
  /// strong rule. A row never splits; when rows run past the page the header is drawn again.
  mutating func drawTable() throws(RenderError) {
    let table = letter.table
    guard !table.columns.isEmpty else { return }
    try check(table)
    let total = table.columns.reduce(0) { $0 + $1.relativeWidth }
    let widths = table.columns.map { Geometry.contentWidth * $0.relativeWidth / total }
    let header = try layOut(table.columns.map(\.title), .tableHeader, widths)
    var needsHeader = true
    y += Geometry.mm(1)
    for (index, cells) in table.rows.enumerated() {
      let row = try layOut(cells, .tableCell, widths)
      let needed = row.height + (needsHeader ? header.height : 0)
      if try makeRoom(for: needed, what: "Row \(index + 1) of the table") { needsHeader = true }
      if needsHeader {
        drawHeader(header, widths)
        needsHeader = false
      }
      draw(row, widths)
      canvas.rule(
        x: Geometry.left, y: y, width: Geometry.contentWidth, color: .rule, lineWidth: 0.4)
    }
    if let totalRow = table.totalRow {
      let row = try layOut(totalRow, .tableTotal, widths)
      let needed = row.height + (needsHeader ? header.height : 0)
      if try makeRoom(for: needed, what: "The total row") || needsHeader {
        drawHeader(header, widths)
      }
      canvas.rule(
        x: Geometry.left, y: y, width: Geometry.contentWidth, color: .accent, lineWidth: 0.9)
      draw(row, widths)
    }
    y += Geometry.paragraphGap + Geometry.mm(3)
  }

  /// Every row (and the total row) must have exactly one cell per column, and widths must be
  /// positive, or the table would silently lose text.
  private func check(_ table: LetterTable) throws(RenderError) {
    for column in table.columns where !(column.relativeWidth > 0 && column.relativeWidth.isFinite) {
      throw RenderError(
        .table,
        "The table column '\(column.title)' has width \(column.relativeWidth); "
          + "give every column a positive relative width.")
    }
    let named = table.rows.enumerated().map { ("Row \($0.offset + 1)", $0.element) }
    for (name, cells) in named + (table.totalRow.map { [("The total row", $0)] } ?? [])
    where cells.count != table.columns.count {
      throw RenderError(
        .table,
        "\(name) of the table has \(cells.count) cells but the table has "
          + "\(table.columns.count) columns; give every row one cell per column.")
    }
  }

  private func layOut(_ cells: [String], _ style: TextStyle, _ widths: [Double])
    throws(RenderError) -> Row
  {
    var blocks: [TextBlock] = []
    for (index, text) in cells.enumerated() {
      let alignment =
        letter.table.columns[index].alignment == .trailing ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT
      blocks.append(
        try canvas.block(
          text, style, width: widths[index] - 2 * Geometry.cellPaddingX, alignment: alignment))
    }
    let tallest = blocks.map(\.height).max() ?? 0
    return Row(cells: blocks, height: tallest + 2 * Geometry.cellPaddingY)
  }

  private mutating func drawHeader(_ header: Row, _ widths: [Double]) {
    canvas.fill(
      x: Geometry.left, y: y, width: Geometry.contentWidth, height: header.height, color: .shade)
    draw(header, widths)
    canvas.rule(
      x: Geometry.left, y: y, width: Geometry.contentWidth, color: .accent, lineWidth: 0.8)
  }

  /// Draws the cells side by side at `y` and moves `y` below the row.
  private mutating func draw(_ row: Row, _ widths: [Double]) {
    var x = Geometry.left
    for (index, cell) in row.cells.enumerated() {
      canvas.draw(cell, x: x + Geometry.cellPaddingX, y: y + Geometry.cellPaddingY)
      x += widths[index]
    }
    y += row.height
  }
}
