import CPangoCairo
import Foundation

/// Draws one letter onto the canvas, top to bottom, starting new pages when the text runs out of
/// room (paragraphs break between lines, tables between rows with the header repeated).
struct LetterComposer {
  typealias Geometry = LetterGeometry

  let canvas: LetterCanvas
  let letter: LetterDocument
  /// The next free height on the current page.
  var y = 0.0
  /// Where text starts on the current page; nothing fits if it does not fit here.
  var pageTop = 0.0
  /// The page number within this letter, from 1.
  var page = 1
  /// The canvas page this letter starts on (0-based).
  private let firstPage: Int
  private let footer: TextBlock?

  init(letter: LetterDocument, canvas: LetterCanvas) throws(RenderError) {
    self.letter = letter
    self.canvas = canvas
    firstPage = canvas.pagesEnded
    footer =
      letter.footer.isEmpty
      ? nil
      : try canvas.block(
        letter.footer, .footer, width: Geometry.contentWidth, alignment: PANGO_ALIGN_CENTER)
    if let footer, footer.height > Geometry.footerMaximumHeight {
      throw RenderError(
        .doesNotFit,
        "The footer takes \(footer.lines.count) lines; keep it to 4 short lines at most.")
    }
  }

  /// The lowest height text may reach: above the footer and its gap.
  var bottom: Double { footerTop - Geometry.footerGap }

  private var footerTop: Double { Geometry.footerBottom - (footer?.height ?? 0) }

  /// Draws the whole letter, ends its last page and, now that their number is known, puts
  /// "page N of M" on every page.
  /// - Returns: the letter's number of pages.
  mutating func compose() throws(RenderError) -> Int {
    try drawFirstPageHead()
    for paragraph in letter.bodyBefore { try draw(paragraph: paragraph) }
    try drawTable()
    for paragraph in letter.bodyAfter { try draw(paragraph: paragraph) }
    try drawPaymentBox()
    canvas.endPage()
    let pages = canvas.pagesEnded - firstPage
    guard !letter.pageLabel.isEmpty else { return pages }
    for number in 1...pages {
      let label = letter.pageLabel.replacing("{page}", with: String(number))
        .replacing("{pages}", with: String(pages))
      let block = try canvas.block(
        label, .footer, width: Geometry.contentWidth, alignment: PANGO_ALIGN_RIGHT)
      canvas.drawing(onPage: firstPage + number - 1) {
        canvas.draw(block, x: Geometry.left, y: Geometry.pageLabelTop)
      }
    }
    return pages
  }

  /// Ends the page and starts the next one of the same letter.
  mutating func newPage() throws(RenderError) {
    canvas.endPage()
    page += 1
    drawPageFrame()
    try drawRunningHead()
  }

  /// Makes sure `height` points fit below `y`, starting a new page if not.
  /// - Returns: true when a new page was started.
  /// - Throws: `RenderError` with code `doesNotFit` when even an empty page is too short.
  mutating func makeRoom(for height: Double, what: String) throws(RenderError) -> Bool {
    guard y + height > bottom else { return false }
    let broke = y > pageTop
    if broke { try newPage() }
    guard y + height <= bottom else {
      throw RenderError(.doesNotFit, "\(what) is taller than a whole page; shorten its text.")
    }
    return broke
  }

  /// Fold marks, the punch mark and the footer: what every page of a letter has.
  func drawPageFrame() {
    for mark in Geometry.foldMarks {
      canvas.rule(x: Geometry.mm(4), y: mark, width: Geometry.mm(4), color: .rule, lineWidth: 0.5)
    }
    canvas.rule(
      x: Geometry.mm(4), y: Geometry.punchMark, width: Geometry.mm(6), color: .rule, lineWidth: 0.5)
    guard let footer else { return }
    canvas.rule(
      x: Geometry.left, y: footerTop - Geometry.mm(2.5), width: Geometry.contentWidth,
      color: .rule, lineWidth: 0.5)
    canvas.draw(footer, x: Geometry.left, y: footerTop)
  }

  /// A paragraph of body text; it breaks between lines, never leaving a single line behind or
  /// carrying a single line over.
  mutating func draw(paragraph text: String) throws(RenderError) {
    let block = try canvas.block(text, .body, width: Geometry.contentWidth)
    let count = block.lines.count
    var start = 0
    while start < count {
      var end = start
      while end < count, y + block.height(of: start..<end + 1) <= bottom { end += 1 }
      if end < count {
        if end - start < 2 {
          end = start
        } else if count - end == 1, end - start > 2 {
          end -= 1
        }
      }
      if end == start {
        guard y > pageTop else {
          throw RenderError(.doesNotFit, "A paragraph does not fit on an empty page.")
        }
        try newPage()
        continue
      }
      canvas.draw(block, x: Geometry.left, y: y, lines: start..<end)
      y += block.height(of: start..<end)
      start = end
      if start < count { try newPage() }
    }
    y += Geometry.paragraphGap
  }
}
