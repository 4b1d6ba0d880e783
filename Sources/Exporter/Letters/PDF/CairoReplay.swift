import CPangoCairo
import Foundation

/// Draws recorded pages with cairo into a PDF: the way for text in fonts arflow's own writer
/// cannot embed (fonts without TrueType outlines, which a fallback for some script may be).
/// Slower than `PDFFileWriter` (cairo subsets and compresses every font again per file), but it
/// draws the same pages.
final class CairoReplay {
  private let sink = ByteSink()
  private let surface: OpaquePointer
  private let cairo: OpaquePointer
  /// Pages drawn so far.
  private(set) var pagesDrawn = 0

  /// An empty PDF in memory.
  /// - Throws: `RenderError` with code `drawing` when cairo cannot create the surface.
  init(title: String) throws(RenderError) {
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), LetterCanvas.pageWidth,
        LetterCanvas.pageHeight)
    else { throw RenderError(.drawing, "Cairo could not create a PDF surface.") }
    _ = arflow_pdf_set_title(surface, title)
    _ = arflow_pdf_set_creator(surface, "arflow")
    guard let cairo = cairo_create(surface) else {
      cairo_surface_destroy(surface)
      throw RenderError(.drawing, "Cairo could not start drawing on the PDF.")
    }
    self.surface = surface
    self.cairo = cairo
  }

  deinit {
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  /// Draws pages after those drawn before.
  func draw(_ pages: [PageDrawing]) {
    for page in pages {
      for operation in page.operations { Self.draw(operation, on: cairo) }
      cairo_show_page(cairo)
      pagesDrawn += 1
    }
  }

  /// Closes the PDF and returns its bytes.
  /// - Throws: `RenderError` with code `drawing` when cairo failed at any point.
  func finish() throws(RenderError) -> Data {
    cairo_surface_finish(surface)
    for status in [cairo_status(cairo), cairo_surface_status(surface)]
    where status != CAIRO_STATUS_SUCCESS {
      let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "unknown error"
      throw RenderError(.drawing, "Cairo failed while writing the PDF: \(reason).")
    }
    return sink.bytes
  }

  /// The PDF of `pages`, in order.
  /// - Throws: `RenderError` with code `drawing` when cairo fails.
  static func pdf(_ pages: [PageDrawing], title: String) throws(RenderError) -> Data {
    let replay = try CairoReplay(title: title)
    replay.draw(pages)
    return try replay.finish()
  }

  private static func draw(_ operation: PageDrawing.Operation, on cairo: OpaquePointer) {
    switch operation {
    case .text(let run):
      color(run.color, cairo)
      cairo_set_scaled_font(cairo, pango_cairo_font_get_scaled_font(OpaquePointer(run.font.pango)))
      let glyphs = run.glyphs.map {
        cairo_glyph_t(index: UInt($0.id), x: run.originX + $0.x, y: run.baseline + $0.yOffset)
      }
      cairo_show_glyphs(cairo, glyphs, Int32(glyphs.count))
    case .fill(let boxes, let fill):
      color(fill, cairo)
      for box in boxes { cairo_rectangle(cairo, box.x, box.y, box.width, box.height) }
      cairo_fill(cairo)
    case .fillGrid(let boxes, let fill, let x, let y, let unit):
      color(fill, cairo)
      for box in boxes {
        cairo_rectangle(
          cairo, x + box.x * unit, y + box.y * unit, box.width * unit, box.height * unit)
      }
      cairo_fill(cairo)
    case .frame(let box, let stroke, let lineWidth):
      color(stroke, cairo)
      cairo_set_line_width(cairo, lineWidth)
      cairo_rectangle(cairo, box.x, box.y, box.width, box.height)
      cairo_stroke(cairo)
    case .rule(let x, let y, let width, let stroke, let lineWidth):
      color(stroke, cairo)
      cairo_set_line_width(cairo, lineWidth)
      cairo_move_to(cairo, x, y)
      cairo_line_to(cairo, x + width, y)
      cairo_stroke(cairo)
    }
  }

  private static func color(_ color: PrintColor, _ cairo: OpaquePointer) {
    cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
  }

  /// Collects the bytes cairo writes. Cairo holds it through an unretained pointer; the replay
  /// that owns it outlives the surface.
  private final class ByteSink {
    var bytes = Data()

    static let write: cairo_write_func_t = { closure, data, length in
      guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
      let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
      if let data, length > 0 { sink.bytes.append(data, count: Int(length)) }
      return CAIRO_STATUS_SUCCESS
    }
  }
}
