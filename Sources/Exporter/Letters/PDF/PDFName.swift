/// What may appear unescaped in a PDF name (ISO 32000-1, 7.3.5): printable ASCII other than the
/// delimiters and `#`.
enum PDFName {
  static func isRegular(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value > 0x20, scalar.value < 0x7F else { return false }
    return !"()<>[]{}/%#".unicodeScalars.contains(scalar)
  }
}
