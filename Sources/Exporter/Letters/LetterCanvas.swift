import CPangoCairo

/// A4 pages being drawn: text is laid out with Pango (HarfBuzz shaping, 72 dpi so a unit is a
/// point, no hinting, unrounded glyph positions as print wants) and what is drawn is recorded as
/// `PageDrawing`s for a PDF writer.
final class LetterCanvas {
  /// A4 in PDF points (1/72 inch).
  static let pageWidth = 595.276
  static let pageHeight = 841.89

  /// The Pango context text is laid out in.
  let pango: OpaquePointer
  private var descriptions: [String: OpaquePointer] = [:]
  private var letterFonts: [UnsafeMutableRawPointer: LetterFont] = [:]
  /// The pages ended so far.
  private(set) var pages: [PageDrawing] = []
  private var current = PageDrawing()
  /// While set, drawing goes onto this ended page instead of the current one.
  private var redirect: Int?

  /// An empty canvas on the calling thread's Pango font map.
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a context.
  init() throws(RenderError) {
    guard let map = pango_cairo_font_map_get_default(),
      let context = pango_font_map_create_context(map)
    else { throw RenderError(.drawing, "Pango could not create a text layout context.") }
    pango_cairo_context_set_resolution(context, 72)
    if let options = cairo_font_options_create() {
      cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
      cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
      pango_cairo_context_set_font_options(context, options)
      cairo_font_options_destroy(options)
    }
    pango_context_set_round_glyph_positions(context, 0)
    pango = context
  }

  deinit {
    for description in descriptions.values { pango_font_description_free(description) }
    arflow_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// Pages ended so far.
  var pagesEnded: Int { pages.count }

  /// A font description such as "DejaVu Sans Bold 10", parsed once and kept for the canvas' life.
  func font(_ name: String) -> OpaquePointer? {
    if let known = descriptions[name] { return known }
    let parsed = pango_font_description_from_string(name)
    descriptions[name] = parsed
    return parsed
  }

  /// The letter font for a Pango font a layout chose, made once per canvas.
  func letterFont(_ font: UnsafeMutablePointer<PangoFont>) -> LetterFont {
    let key = UnsafeMutableRawPointer(font)
    if let known = letterFonts[key] { return known }
    let made = LetterFont(font)
    letterFonts[key] = made
    return made
  }

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
