import Foundation

/// Keeps what must be read as one word on one line: IBANs and references are printed in groups
/// of four, and a line break between two groups makes them unreadable and uncopyable.
enum NonBreaking {
  /// `text` with its spaces replaced by no-break spaces (U+00A0).
  static func text(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.lazy.map { $0 == " " ? "\u{00A0}" : $0 }))
  }
}
