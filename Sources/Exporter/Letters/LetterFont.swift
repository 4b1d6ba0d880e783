import CPangoCairo

/// A font a letter's text was shaped with: the Pango font (which cairo can draw with) and, when
/// arflow's own writer can embed it, its TrueType face. Lives on the rendering thread only.
final class LetterFont {
  let pango: UnsafeMutablePointer<PangoFont>
  let embeddable: EmbeddableFont?
  /// The size in points (the canvas lays out at 72 dpi, so a device unit is a point).
  let size: Double

  init(_ pango: UnsafeMutablePointer<PangoFont>) {
    g_object_ref(pango)
    self.pango = pango
    embeddable = EmbeddableFont.of(pango)
    var size = 0.0
    if let description = pango_font_describe_with_absolute_size(pango) {
      size = Double(pango_font_description_get_size(description)) / Double(arflow_pango_scale())
      pango_font_description_free(description)
    }
    self.size = size
  }

  deinit { g_object_unref(pango) }
}
