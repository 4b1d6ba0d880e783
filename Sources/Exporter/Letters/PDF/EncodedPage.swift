/// One letter page as a PDF content stream, compressed, with the glyphs it uses from each font:
/// made once per page and copied unchanged into the letter's PDF and into `print.pdf`.
public struct EncodedPage: Sendable {
  /// The glyphs a page uses from one font and the text each stands for (for `ToUnicode`).
  struct FontUse: Sendable {
    var font: EmbeddableFont
    var glyphs: [Int: String]
  }

  /// The FlateDecode-compressed content stream.
  let content: [UInt8]
  let fonts: [FontUse]

  /// Encodes a page; nil when a run's font cannot be embedded by arflow's writer (the caller
  /// then draws through cairo).
  init?(_ page: PageDrawing) {
    var encoder = PDFPageEncoder()
    for operation in page.operations {
      guard encoder.encode(operation) else { return nil }
    }
    guard let compressed = Deflate.compress(encoder.out.bytes) else { return nil }
    content = compressed
    fonts = encoder.uses
  }
}
