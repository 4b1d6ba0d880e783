import CPangoCairo
import Foundation

/// The font families Pango can draw letters with on this machine.
public enum InstalledFonts {
  /// The letters' family (DejaVu Sans stays the default).
  public static let letterFamily = "DejaVu Sans"

  /// The installed families, as Pango's cairo font map lists them.
  public static func families() -> Set<String> {
    guard let map = pango_cairo_font_map_get_default() else { return [] }
    var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
    var count: Int32 = 0
    pango_font_map_list_families(map, &list, &count)
    defer { g_free(list) }
    var names: Set<String> = []
    for index in 0..<Int(count) {
      guard let family = list?[index], let name = pango_font_family_get_name(family) else {
        continue
      }
      names.insert(String(cString: name))
    }
    return names
  }

  /// Whether `family` is installed (case-insensitive).
  public static func has(_ family: String) -> Bool {
    families().contains { $0.caseInsensitiveCompare(family) == .orderedSame }
  }
}
