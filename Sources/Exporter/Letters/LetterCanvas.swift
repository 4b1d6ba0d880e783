/// A4 pages being drawn: text is laid out by the thread's `Typesetter` and what is drawn is
/// recorded as `PageDrawing`s for a PDF writer.
final class LetterCanvas {
  /// A4 in PDF points (1/72 inch).
  static let pageWidth = 595.276
  static let pageHeight = 841.89

  /// The calling thread's text layout.
  let typesetter: Typesetter
  /// The pages ended so far.
  private(set) var pages: [PageDrawing] = []
  private var current = PageDrawing()
  /// While set, drawing goes onto this ended page instead of the current one.
  private var redirect: Int?

  /// An empty canvas for the calling thread.
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a context.
  init() throws(RenderError) {
    typesetter = try Typesetter.current()
  }

  /// Pages ended so far.
  var pagesEnded: Int { pages.count }

  /// Records an operation on the page being drawn.
  func record(_ operation: PageDrawing.Operation) {
    if let redirect {
      pages[redirect].operations.append(operation)
    } else {
      current.operations.append(operation)
    }
  }

  /// Draws onto the ended page `index` (0-based over the canvas), as the page labels are once a
  /// letter's page count is known.
  func drawing(onPage index: Int, _ body: () -> Void) {
    redirect = index
    defer { redirect = nil }
    body()
  }

  /// Ends the current page; the next drawing goes on a new page.
  func endPage() {
    pages.append(current)
    current = PageDrawing()
  }
}
