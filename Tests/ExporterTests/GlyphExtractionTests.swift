import ArflowTesting
import CPangoCairo
import Foundation
import Testing

@testable import Exporter

/// The glyphs arflow takes out of Pango's layout, held to Pango's own drawing of the same lines:
/// cairo draws each line with `pango_cairo_show_layout_line`, arflow's writer draws the glyph
/// runs it extracted, and the two pictures must agree.
struct GlyphExtractionTests {
  /// Paragraphs with kerning pairs, accents, combining marks, right-to-left text, a tab-free
  /// mix of sizes and alignment.
  private static let texts: [(String, TextStyle, PangoAlignment)] = [
    (
      "AVA Tw Ty Yo WAV \"quoted\" — Ærø Ålesund Łódź Straße café crème brûlée 1.234,56 € "
        + "Ground-floor office, 1st line wraps over several lines so breaks are tested too.",
      .body, PANGO_ALIGN_LEFT
    ),
    (
      "Combining: e\u{0301} a\u{0308} n\u{0303}; Greek Ἀθῆναι; Кирилл", .bodyBold, PANGO_ALIGN_RIGHT
    ),
    ("Hebrew שלום עולם and Arabic مرحبا بالعالم in one line", .body, PANGO_ALIGN_CENTER),
  ]

  @Test("arflow's writer puts the same words where Pango's own cairo drawing puts them")
  func sameAsPango() throws {
    let canvas = try LetterCanvas()
    let reference = try PangoReference()
    var y = 60.0
    for (text, style, alignment) in Self.texts {
      let block = try canvas.block(text, style, width: 400, alignment: alignment)
      canvas.draw(block, x: 80, y: y)
      reference.draw(block, x: 80, y: y)
      y += block.height + 20
    }
    canvas.endPage()
    let own = PDFFileWriter.write(
      try canvas.pages.map { try #require(EncodedPage($0)) }, title: "own")
    let theirs = try reference.finish()
    // The same characters in the same order: every glyph, cluster, mark and right-to-left run
    // was taken out of the layout.
    #expect(try PopplerTools.text(of: own) == PopplerTools.text(of: theirs))
    // The same places. Cairo emits right-to-left glyphs one by one, so only left-to-right words
    // are paired; cairo's own output drifts by up to some 0.4 pt over a 400 pt line where
    // arflow's kerning numbers keep to HarfBuzz's positions, hence half a point.
    let leftToRight = { (words: [(text: String, x: Double, y: Double)]) in
      words.filter { $0.text.unicodeScalars.allSatisfy { $0.value < 0x0590 } }
    }
    let ours = leftToRight(try PopplerTools.words(of: own))
    let pango = leftToRight(try PopplerTools.words(of: theirs))
    #expect(ours.count == pango.count)
    #expect(ours.count > 30)
    for (mine, other) in zip(ours, pango) {
      #expect(mine.text == other.text)
      #expect(abs(mine.x - other.x) < 0.5, "\(mine.text): \(mine.x) against \(other.x)")
      #expect(abs(mine.y - other.y) < 0.5, "\(mine.text): \(mine.y) against \(other.y)")
    }
  }
}

/// Pango drawing laid-out lines with cairo into a PDF: the reference picture.
private final class PangoReference {
  /// Collects what cairo writes; held by the reference, which outlives the surface.
  private final class Sink {
    var bytes = Data()
  }

  private let sink = Sink()
  private let surface: OpaquePointer
  private let cairo: OpaquePointer

  init() throws {
    let write: cairo_write_func_t = { closure, data, length in
      guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
      Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(
        data, count: Int(length))
      return CAIRO_STATUS_SUCCESS
    }
    surface = try #require(
      cairo_pdf_surface_create_for_stream(
        write, Unmanaged.passUnretained(sink).toOpaque(), LetterCanvas.pageWidth,
        LetterCanvas.pageHeight))
    cairo = try #require(cairo_create(surface))
  }

  deinit {
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  /// Draws every line of the block with its top at `y`, as the canvas does.
  func draw(_ block: TextBlock, x: Double, y: Double) {
    cairo_set_source_rgb(cairo, block.color.red, block.color.green, block.color.blue)
    let shift = block.lines.first?.top ?? 0
    for line in block.lines {
      cairo_move_to(cairo, x + line.left, y + line.baseline - shift)
      pango_cairo_show_layout_line(cairo, line.line)
    }
  }

  func finish() throws -> Data {
    cairo_show_page(cairo)
    cairo_surface_finish(surface)
    return sink.bytes
  }
}
