public import Foundation

/// Renders letters to PDF with Pango for text layout and Cairo for drawing.
public enum LetterRenderer {
  /// One PDF containing every letter in order, each starting on a new page (a long table continues
  /// on following pages, repeating the table header). Returns the PDF bytes.
  /// - Throws: `RenderError` naming the letter (position and recipient) that could not be drawn,
  ///   or with code `nothingToRender` for an empty batch.
  public static func renderPDF(_ letters: [LetterDocument]) throws(RenderError) -> Data {
    try render(letters).pdf
  }

  /// One PDF of the letters, and how many pages it has.
  /// - Parameter pageCounts: each letter's page count when a render of it alone already counted
  ///   them, which spares the counting pass; nil counts them.
  /// - Throws: `RenderError` as `renderPDF(_:)`.
  public static func render(_ letters: [LetterDocument], pageCounts: [Int]? = nil)
    throws(RenderError) -> (pdf: Data, pages: Int)
  {
    guard let first = letters.first else {
      throw RenderError(
        .nothingToRender, "There are no letters to render; nothing is due for a reminder.")
    }
    let title =
      letters.count == 1
      ? "\(first.creditorName) – \(first.subject)"
      : "\(first.creditorName) – \(letters.count) letters"
    let canvas = try PDFCanvas(title: title)
    var measure: PDFCanvas?
    for (index, letter) in letters.enumerated() {
      do throws(RenderError) {
        var pages = pageCounts?[index]
        if pages == nil, !letter.pageLabel.isEmpty {
          let counter: PDFCanvas
          if let measure {
            counter = measure
          } else {
            counter = try PDFCanvas(title: title, measuring: true)
            measure = counter
          }
          let before = counter.pagesEnded
          var counting = try LetterComposer(letter: letter, canvas: counter)
          try counting.compose()
          pages = counter.pagesEnded - before
        }
        var composer = try LetterComposer(letter: letter, canvas: canvas, pageCount: pages)
        try composer.compose()
      } catch {
        throw error.inLetter(index + 1, recipient: letter.recipientLines.first)
      }
    }
    return (try canvas.finish(), canvas.pagesEnded)
  }
}
