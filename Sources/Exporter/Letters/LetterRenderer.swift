public import Foundation

/// Renders letters to PDF: Pango (HarfBuzz) lays the text out, arflow's own PDF writer embeds
/// the fonts as subsets (cairo draws instead when a font cannot be embedded that way).
public enum LetterRenderer {
  /// One PDF containing every letter in order, each starting on a new page (a long table continues
  /// on following pages, repeating the table header). Returns the PDF bytes.
  /// - Throws: `RenderError` naming the letter (position and recipient) that could not be drawn,
  ///   or with code `nothingToRender` for an empty batch.
  public static func renderPDF(_ letters: [LetterDocument]) throws(RenderError) -> Data {
    try render(letters).pdf
  }

  /// One PDF of the letters, its page count, and its pages ready to go into a print file. Each
  /// letter is laid out on its own canvas and encoded, so only encoded pages are kept.
  /// - Throws: `RenderError` as `renderPDF(_:)`.
  public static func render(_ letters: [LetterDocument]) throws(RenderError) -> RenderedLetters {
    guard let first = letters.first else {
      throw RenderError(
        .nothingToRender, "There are no letters to render; nothing is due for a reminder.")
    }
    let title = title(of: letters, first: first)
    var encoded: [EncodedPage] = []
    for (index, letter) in letters.enumerated() {
      for page in try pages(of: letter, at: index) {
        guard let page = EncodedPage(page) else {
          return try drawnByCairo(letters, title: title)
        }
        encoded.append(page)
      }
    }
    return RenderedLetters(
      pdf: PDFFileWriter.write(encoded, title: title), pages: encoded.count, printPages: encoded)
  }

  /// A letter laid out on a canvas of its own.
  private static func pages(of letter: LetterDocument, at index: Int) throws(RenderError)
    -> [PageDrawing]
  {
    do throws(RenderError) {
      let canvas = try LetterCanvas()
      var composer = try LetterComposer(letter: letter, canvas: canvas)
      _ = try composer.compose()
      return canvas.pages
    } catch {
      throw error.inLetter(index + 1, recipient: letter.recipientLines.first)
    }
  }

  /// The letters drawn by cairo, one at a time: the way for a font arflow cannot embed.
  private static func drawnByCairo(_ letters: [LetterDocument], title: String)
    throws(RenderError) -> RenderedLetters
  {
    let replay = try CairoReplay(title: title)
    for (index, letter) in letters.enumerated() { replay.draw(try pages(of: letter, at: index)) }
    return RenderedLetters(pdf: try replay.finish(), pages: replay.pagesDrawn, printPages: nil)
  }

  /// One PDF of letters rendered one by one before (a batch's `print.pdf`): their pages are
  /// copied, not laid out again, unless one of them was drawn through cairo; then all are
  /// rendered again together.
  /// - Throws: `RenderError` as `renderPDF(_:)`.
  public static func combine(_ rendered: [PrintablePages], letters: [LetterDocument])
    throws(RenderError) -> Data
  {
    guard let first = letters.first, rendered.count == letters.count else {
      return try renderPDF(letters)
    }
    var pages: [EncodedPage] = []
    for letter in rendered {
      guard let printPages = letter.encoded else { return try renderPDF(letters) }
      pages.append(contentsOf: printPages)
    }
    let title = title(of: letters, first: first)
    return PDFFileWriter.write(pages, title: title)
  }
}

extension LetterRenderer {
  /// "Company – Subject" for one letter, "Company – 12 letters" for several.
  fileprivate static func title(of letters: [LetterDocument], first: LetterDocument) -> String {
    letters.count == 1
      ? "\(first.creditorName) – \(first.subject)"
      : "\(first.creditorName) – \(letters.count) letters"
  }
}

/// Letters rendered to PDF: the file, its page count, and (when arflow's own writer made it) its
/// pages as they go into a print file with other letters.
public struct RenderedLetters: Sendable {
  public var pdf: Data
  /// What a print file needs of them: their pages, not their file.
  public var printable: PrintablePages
  /// The number of pages.
  public var pages: Int { printable.pages }

  init(pdf: Data, pages: Int, printPages: [EncodedPage]?) {
    self.pdf = pdf
    printable = PrintablePages(pages: pages, encoded: printPages)
  }
}

/// Rendered letters as a print file takes them: their page count and encoded pages (nil when
/// cairo drew them, and the print file must draw them again).
public struct PrintablePages: Sendable {
  public var pages: Int
  var encoded: [EncodedPage]?
}
