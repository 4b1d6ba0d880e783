import CPangoCairo

extension LetterComposer {
  /// The letterhead, the return address and recipient in the envelope window, place and date,
  /// and the subject; leaves `y` where the body text starts.
  mutating func drawFirstPageHead() throws(RenderError) {
    drawPageFrame()
    try drawLetterhead()
    try drawWindow()
    let date = try canvas.block(
      letter.placeAndDate, .date, width: Geometry.contentWidth, alignment: PANGO_ALIGN_RIGHT)
    canvas.draw(date, x: Geometry.left, y: Geometry.dateTop)
    let subject = try canvas.block(letter.subject, .subject, width: Geometry.contentWidth)
    canvas.draw(subject, x: Geometry.left, y: Geometry.subjectTop)
    y = Geometry.subjectTop + subject.height + Geometry.mm(7)
    pageTop = y
  }

  /// The company name top left, its details top right, and a rule under both.
  private func drawLetterhead() throws(RenderError) {
    let gap = Geometry.mm(8)
    let name = try canvas.block(
      letter.creditorName, .creditorName,
      width: Geometry.contentWidth - Geometry.letterheadLinesWidth - gap)
    let details = try canvas.block(
      letter.creditorLines.joined(separator: "\n"), .letterhead,
      width: Geometry.letterheadLinesWidth, alignment: PANGO_ALIGN_RIGHT)
    let tallest = max(name.height, letter.creditorLines.isEmpty ? 0 : details.height)
    guard Geometry.letterheadTop + tallest <= Geometry.letterheadBottom else {
      throw RenderError(
        .doesNotFit,
        "The letterhead (company name and \(letter.creditorLines.count) lines) is taller than "
          + "the space above the envelope window; use at most 7 short lines.")
    }
    canvas.draw(name, x: Geometry.left, y: Geometry.letterheadTop)
    if !letter.creditorLines.isEmpty {
      canvas.draw(
        details, x: Geometry.left + Geometry.contentWidth - Geometry.letterheadLinesWidth,
        y: Geometry.letterheadTop)
    }
    canvas.rule(
      x: Geometry.left, y: Geometry.letterheadRule, width: Geometry.contentWidth, color: .accent,
      lineWidth: 0.8)
  }

  /// The return address line and the recipient, where a window envelope shows them.
  private func drawWindow() throws(RenderError) {
    if !letter.returnAddress.isEmpty {
      let back = try canvas.block(letter.returnAddress, .returnAddress, width: Geometry.windowWidth)
      canvas.draw(back, x: Geometry.left, y: Geometry.returnAddressTop, lines: 0..<1)
      canvas.rule(
        x: Geometry.left, y: Geometry.returnAddressTop + (back.lines.first?.bottom ?? 0) + 1,
        width: Geometry.windowWidth, color: .rule, lineWidth: 0.4)
    }
    let recipient = try canvas.block(
      letter.recipientLines.joined(separator: "\n"), .recipient, width: Geometry.windowWidth)
    guard Geometry.recipientTop + recipient.height <= Geometry.windowBottom else {
      throw RenderError(
        .doesNotFit,
        "The recipient address (\(letter.recipientLines.count) lines) does not fit the envelope "
          + "window; use at most 7 lines of up to 45 characters.")
    }
    canvas.draw(recipient, x: Geometry.left, y: Geometry.recipientTop)
  }

  /// On pages after the first: company name left, subject and page number right, a rule below.
  mutating func drawRunningHead() throws(RenderError) {
    let half = Geometry.contentWidth / 2
    let name = try canvas.block(letter.creditorName, .runningHead, width: half)
    let subject = try canvas.block(
      letter.subject, .runningHead, width: half, alignment: PANGO_ALIGN_RIGHT)
    canvas.draw(name, x: Geometry.left, y: Geometry.runningHeadTop, lines: 0..<1)
    canvas.draw(subject, x: Geometry.left + half, y: Geometry.runningHeadTop, lines: 0..<1)
    canvas.rule(
      x: Geometry.left, y: Geometry.runningHeadRule, width: Geometry.contentWidth, color: .rule,
      lineWidth: 0.5)
    y = Geometry.continuationTop
    pageTop = y
  }
}
