import CPangoCairo

extension LetterComposer {
  /// The payment instructions in a shaded, bordered box at the bottom of the last page, with the
  /// QR code (and its caption) on the right. The box moves to a new page when the text above
  /// reaches into its place.
  mutating func drawPaymentBox() throws(RenderError) {
    guard let box = letter.paymentBox else { return }
    let padding = Geometry.boxPadding
    var code: QRCodeMatrix?
    if let payload = box.qrPayload, !payload.isEmpty { code = try QRCodeMatrix(encoding: payload) }
    let qrSide = code == nil ? 0 : Geometry.qrSide
    let textWidth = Geometry.contentWidth - 2 * padding - (code == nil ? 0 : qrSide + padding)
    let text = try PaymentLines(box.lines, width: textWidth, on: canvas)
    var caption: TextBlock?
    if code != nil, let words = box.qrCaption, !words.isEmpty {
      caption = try canvas.block(words, .caption, width: qrSide, alignment: PANGO_ALIGN_CENTER)
    }
    let qrHeight = qrSide + (caption.map { $0.height + 1 } ?? 0)
    let inner = max(text.height, qrHeight)
    let height = inner + 2 * padding
    _ = try makeRoom(for: height + Geometry.mm(2), what: "The payment box")
    let top = bottom - height
    canvas.fill(
      x: Geometry.left, y: top, width: Geometry.contentWidth, height: height, color: .shade)
    canvas.frame(
      x: Geometry.left, y: top, width: Geometry.contentWidth, height: height, color: .rule,
      lineWidth: 0.6)
    text.draw(on: canvas, x: Geometry.left + padding, y: top + padding + (inner - text.height) / 2)
    if let code {
      let qrLeft = Geometry.left + Geometry.contentWidth - padding - qrSide
      let qrTop = top + padding + (inner - qrHeight) / 2
      canvas.draw(code, x: qrLeft, y: qrTop, side: qrSide)
      if let caption {
        canvas.draw(caption, x: qrLeft, y: qrTop + qrSide + 1)
      }
    }
    y = bottom
  }
}
