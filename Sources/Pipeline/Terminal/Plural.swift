/// Counts in words for the terminal: "1 payment", "2 payments", "0 files".
enum Plural {
  /// The count and the noun, plural unless the count is one (`"entry"` → `"entries"`).
  static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    guard count != 1 else { return "1 \(noun)" }
    if let plural { return "\(count) \(plural)" }
    if noun.hasSuffix("y"), !"aeiou".contains(noun.dropLast().last ?? "a") {
      return "\(count) \(noun.dropLast())ies"
    }
    return "\(count) \(noun)s"
  }
}
