import Foundation

/// The text of a payment box laid out as a small form: "Label: value" lines become a muted label
/// column and a value column that all start at the same place; other lines span the width.
struct PaymentLines {
  private struct Line {
    var label: TextBlock?
    var value: TextBlock
    var height: Double { max(label?.height ?? 0, value.height) }
  }

  private let lines: [Line]
  private let valueOffset: Double
  private static let lineGap = 3.0

  /// Lays out `texts` to fit `width` points.
  init(_ texts: [String], width: Double, on canvas: LetterCanvas) throws(RenderError) {
    let pairs = texts.map(Self.split)
    var labels: [TextBlock?] = []
    for pair in pairs {
      labels.append(
        try pair.label.map { text throws(RenderError) in
          try canvas.block(text, .paymentLabel, width: width / 2)
        })
    }
    let widest = labels.compactMap { $0?.textWidth }.max()
    let offset = widest.map { $0 + LetterGeometry.mm(3) } ?? 0
    var lines: [Line] = []
    for (pair, label) in zip(pairs, labels) {
      let valueWidth = label == nil ? width : width - offset
      lines.append(
        Line(label: label, value: try canvas.block(pair.value, .paymentLine, width: valueWidth)))
    }
    self.lines = lines
    self.valueOffset = offset
  }

  var height: Double {
    lines.reduce(0) { $0 + $1.height } + Self.lineGap * Double(max(lines.count - 1, 0))
  }

  func draw(on canvas: LetterCanvas, x: Double, y: Double) {
    var top = y
    for line in lines {
      if let label = line.label {
        canvas.draw(label, x: x, y: top)
        canvas.draw(line.value, x: x + valueOffset, y: top)
      } else {
        canvas.draw(line.value, x: x, y: top)
      }
      top += line.height + Self.lineGap
    }
  }

  /// "IBAN: NL91 …" → ("IBAN:", "NL91 …") when the label is short; otherwise the whole line.
  private static func split(_ text: String) -> (label: String?, value: String) {
    guard let colon = text.range(of: ": ") else { return (nil, text) }
    let label = text[..<colon.lowerBound]
    guard !label.isEmpty, label.count <= 24 else { return (nil, text) }
    return (label + ":", String(text[colon.upperBound...]))
  }
}
