public import Foundation

/// Renders letters to PDF with Pango for text layout and Cairo for drawing.
public enum LetterRenderer {
  /// One PDF containing every letter in order, each starting on a new page (a long table continues
  /// on following pages, repeating the table header). Returns the PDF bytes.
  /// - Throws: `RenderError` naming the letter (position and recipient) that could not be drawn,
  ///   or with code `nothingToRender` for an empty batch.
  public static func renderPDF(_ letters: [LetterDocument]) throws(RenderError) -> Data {
    guard let first = letters.first else {
      throw RenderError(
        .nothingToRender, "There are no letters to render; nothing is due for a reminder.")
    }
    let title =
      letters.count == 1
      ? "\(first.creditorName) – \(first.subject)"
      : "\(first.creditorName) – \(letters.count) letters"
    let canvas = try PDFCanvas(title: title)
    for (index, letter) in letters.enumerated() {
      do throws(RenderError) {
        var composer = try LetterComposer(letter: letter, canvas: canvas)
        try composer.compose()
      } catch {
        throw error.inLetter(index + 1, recipient: letter.recipientLines.first)
      }
    }
    return try canvas.finish()
  }
}
