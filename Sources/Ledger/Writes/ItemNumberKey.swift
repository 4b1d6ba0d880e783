/// An invoice number reduced to what a person means by it, to find an invoice a credit note
/// names in a slightly different way ("RE-2026/001" and "re 2026 001" are the same).
enum ItemNumberKey {
  /// Letters upper-cased, digits kept, everything else dropped, leading zeros removed.
  static func key(_ number: String) -> String {
    let kept = number.uppercased().unicodeScalars.filter {
      ("A"..."Z").contains($0) || ("0"..."9").contains($0)
    }
    let text = String(String.UnicodeScalarView(kept))
    let trimmed = text.drop { $0 == "0" }
    return trimmed.isEmpty ? text : String(trimmed)
  }
}
