import CPangoCairo
import Receivables
import Synchronization

/// A font face a letter is set in, as the PDF writer embeds it: its TrueType file read once per
/// process, and the resource name every page uses for it. Faces without TrueType outlines (CFF
/// fonts) are not embeddable; letters using them go through cairo instead.
final class EmbeddableFont: Sendable {
  let font: TrueTypeFont
  /// The page resource name, such as "F1a2b3c4d": the same for the face in every PDF, so a page's
  /// content can be copied from a letter into the print file unchanged.
  let resourceName: String

  private let subsets = Mutex<[[Int]: EmbeddedSubset]>([:])
  /// Subsets kept per face; the cache starts afresh beyond this.
  private static let subsetLimit = 1024

  private init(font: TrueTypeFont, key: String) {
    self.font = font
    resourceName = "F" + StableHash.hex(of: key).prefix(8)
  }

  /// The subset of `glyphs` (sorted original ids), made the first time the set is asked for.
  func embedded(_ glyphs: [Int]) -> EmbeddedSubset {
    if let known = subsets.withLock({ $0[glyphs] }) { return known }
    let made = EmbeddedSubset(of: font, glyphs: glyphs)
    subsets.withLock {
      if $0.count >= Self.subsetLimit { $0.removeAll(keepingCapacity: true) }
      $0[glyphs] = made
    }
    return made
  }

  /// The face of a Pango font, read the first time it is asked for; nil when it cannot be
  /// embedded by arflow's writer: not a plain TrueType file as fontconfig found it (synthetic
  /// bold or slant, a variable-font instance, CFF outlines).
  static func of(_ pangoFont: UnsafeMutablePointer<PangoFont>) -> EmbeddableFont? {
    guard arflow_font_is_plain_file(pangoFont) != 0,
      let hbFont = pango_font_get_hb_font(pangoFont), let hbFace = hb_font_get_face(hbFont),
      let description = pango_font_describe(pangoFont)
    else { return nil }
    defer { pango_font_description_free(description) }
    pango_font_description_unset_fields(description, PANGO_FONT_MASK_SIZE)
    guard let text = pango_font_description_to_string(description) else { return nil }
    // The face's file (its size and index) is part of the key: two faces never share one.
    let file = "\(hb_face_get_index(hbFace))|\(hb_face_get_glyph_count(hbFace))"
    let key = String(cString: text) + "|" + file
    g_free(text)
    if let known = faces.withLock({ $0[key] }) { return known }
    let face = read(pangoFont, key: key)
    faces.withLock { $0[key] = face }
    return face
  }

  private static let faces = Mutex<[String: EmbeddableFont?]>([:])

  private static func read(_ pangoFont: UnsafeMutablePointer<PangoFont>, key: String)
    -> EmbeddableFont?
  {
    guard let hbFont = pango_font_get_hb_font(pangoFont), let face = hb_font_get_face(hbFont),
      let blob = hb_face_reference_blob(face)
    else { return nil }
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
    let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
    guard let font = TrueTypeFont(bytes: bytes, index: Int(hb_face_get_index(face))) else {
      return nil
    }
    return EmbeddableFont(font: font, key: key)
  }
}
