import CPangoCairo
import Foundation

/// The text layout of one thread: its Pango context (Pango's font map is per thread), the fonts,
/// and the text blocks laid out so far, so that what every letter of a batch repeats (letterhead,
/// footer, table header, dates, amounts, labels) is laid out once per thread, not per letter.
///
/// Layout is for print: 72 dpi so a unit is a point, no hinting, unrounded glyph positions.
final class Typesetter {
  /// What a laid-out block depends on.
  private struct BlockKey: Hashable {
    var text: String
    var font: String
    var color: PrintColor
    var lineSpacing: Double
    var width: Double
    var alignment: UInt32
  }

  /// The Pango context text is laid out in.
  let pango: OpaquePointer
  private var descriptions: [String: OpaquePointer] = [:]
  private var letterFonts: [UnsafeMutableRawPointer: LetterFont] = [:]
  private var blocks: [BlockKey: TextBlock] = [:]
  /// Blocks kept per thread; the cache starts afresh beyond this.
  private static let blockLimit = 1024
  /// Longer texts (a letter's paragraphs) are nearly always unique and are not kept.
  private static let longestKept = 120
  private static let threadKey = "arflow.Typesetter"

  private init() throws(RenderError) {
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
    blocks = [:]
    for description in descriptions.values { pango_font_description_free(description) }
    arflow_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// The calling thread's typesetter, made on first use.
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a context.
  static func current() throws(RenderError) -> Typesetter {
    let storage = Thread.current.threadDictionary
    if let known = storage[threadKey] as? Typesetter { return known }
    let made = try Typesetter()
    storage[threadKey] = made
    return made
  }

  /// Lays out text in a style, wrapping at `width` points; the same request on the same thread
  /// returns the block laid out before.
  /// - Throws: `RenderError` with code `drawing` when Pango cannot create a layout.
  func block(_ text: String, _ style: TextStyle, width: Double, alignment: PangoAlignment)
    throws(RenderError) -> TextBlock
  {
    let key = BlockKey(
      text: text, font: style.font, color: style.color, lineSpacing: style.lineSpacing,
      width: width, alignment: alignment.rawValue)
    if let known = blocks[key] { return known }
    guard let block = TextBlock(text, style: style, width: width, alignment: alignment, on: self)
    else { throw RenderError(.drawing, "Pango could not lay out the text '\(text.prefix(40))'.") }
    guard text.utf8.count <= Self.longestKept else { return block }
    if blocks.count >= Self.blockLimit { blocks.removeAll(keepingCapacity: true) }
    blocks[key] = block
    return block
  }

  /// A font description such as "DejaVu Sans Bold 10", parsed once.
  func font(_ name: String) -> OpaquePointer? {
    if let known = descriptions[name] { return known }
    let parsed = pango_font_description_from_string(name)
    descriptions[name] = parsed
    return parsed
  }

  /// The letter font for a Pango font a layout chose, made once.
  func letterFont(_ font: UnsafeMutablePointer<PangoFont>) -> LetterFont {
    let key = UnsafeMutableRawPointer(font)
    if let known = letterFonts[key] { return known }
    let made = LetterFont(font)
    letterFonts[key] = made
    return made
  }
}
