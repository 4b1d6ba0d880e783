import CPangoCairo
import Foundation

/// An A4 PDF being drawn with cairo into memory, with a Pango context for text in points.
final class PDFCanvas {
  /// A4 in PDF points (1/72 inch).
  static let pageWidth = 595.276
  static let pageHeight = 841.89

  /// The cairo drawing context; owned by the canvas.
  let cairo: OpaquePointer
  /// The Pango context text is laid out in; its resolution is 72 dpi so 10 pt is 10 units.
  let pango: OpaquePointer
  private let surface: OpaquePointer
  private let sink: PDFByteSink
  private var fonts: [String: OpaquePointer] = [:]
  /// A measuring canvas lays text out and counts pages but draws nothing: the first pass of a
  /// letter, which learns its page count for "page N of M".
  let measuring: Bool
  /// Pages ended so far.
  private(set) var pagesEnded = 0

  /// Opens an empty PDF in memory.
  /// - Parameter measuring: lay out and count pages only; nothing is drawn.
  /// - Throws: `RenderError` with code `drawing` when cairo cannot create the surface.
  init(title: String, measuring: Bool = false) throws(RenderError) {
    self.measuring = measuring
    let sink = PDFByteSink()
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        PDFByteSink.write, sink.closurePointer, Self.pageWidth, Self.pageHeight)
    else { throw RenderError(.drawing, "Cairo could not create a PDF surface.") }
    let surfaceStatus = cairo_surface_status(surface)
    guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
      cairo_surface_destroy(surface)
      throw Self.failure(surfaceStatus, while: "creating the PDF")
    }
    guard let cairo = cairo_create(surface), cairo_status(cairo) == CAIRO_STATUS_SUCCESS else {
      cairo_surface_destroy(surface)
      throw RenderError(.drawing, "Cairo could not start drawing on the PDF.")
    }
    guard let pango = pango_cairo_create_context(cairo) else {
      cairo_destroy(cairo)
      cairo_surface_destroy(surface)
      throw RenderError(.drawing, "Pango could not create a text layout context.")
    }
    pango_cairo_context_set_resolution(pango, 72)
    _ = arflow_pdf_set_title(surface, title)
    _ = arflow_pdf_set_creator(surface, "arflow")
    self.sink = sink
    self.surface = surface
    self.cairo = cairo
    self.pango = pango
  }

  deinit {
    for description in fonts.values { pango_font_description_free(description) }
    arflow_object_unref(UnsafeMutableRawPointer(pango))
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  /// A font description such as "DejaVu Sans Bold 10", parsed once and kept for the canvas' life.
  func font(_ name: String) -> OpaquePointer? {
    if let known = fonts[name] { return known }
    let parsed = pango_font_description_from_string(name)
    fonts[name] = parsed
    return parsed
  }

  /// Ends the current page; the next drawing goes on a new page.
  /// - Throws: `RenderError` with code `drawing` when cairo reports an error.
  func endPage() throws(RenderError) {
    pagesEnded += 1
    guard !measuring else { return }
    try check("drawing a page")
    cairo_show_page(cairo)
    try check("ending a page")
  }

  /// Closes the PDF and returns its bytes. The canvas cannot be drawn on afterwards.
  /// - Throws: `RenderError` with code `drawing` when cairo failed at any point.
  func finish() throws(RenderError) -> Data {
    try check("drawing the last page")
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw Self.failure(status, while: "writing the PDF")
    }
    return sink.bytes
  }

  /// Throws when the context or the surface is in an error state (cairo errors are sticky).
  func check(_ step: String) throws(RenderError) {
    let status = cairo_status(cairo)
    guard status == CAIRO_STATUS_SUCCESS else { throw Self.failure(status, while: step) }
    let surfaceStatus = cairo_surface_status(surface)
    guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
      throw Self.failure(surfaceStatus, while: step)
    }
  }

  private static func failure(_ status: cairo_status_t, while step: String) -> RenderError {
    let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "unknown error"
    return RenderError(.drawing, "Cairo failed while \(step): \(reason).")
  }
}
