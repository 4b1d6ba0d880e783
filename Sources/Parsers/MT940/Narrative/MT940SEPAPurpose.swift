import Foundation

/// The remittance subfields of a German `:86:` (`?20`–`?29`, `?60`–`?63`) split at the SEPA keys
/// `EREF+` end-to-end id, `KREF+` customer reference, `MREF+` mandate, `CRED+` creditor id,
/// `DEBT+` debtor id, `SVWZ+` remittance text, `ABWA+`/`ABWE+` ultimate debtor/creditor,
/// `IBAN+`, `BIC+`, `COAM+`/`OAMT+` amounts, `PURP+` purpose.
///
/// Following the DK rules, each key opens a subfield, and a value too long for its subfield
/// (27 characters) goes on in the next subfield without a key. So a subfield without a key
/// continues the value before it when that subfield was full and the value still fits (35
/// characters for references, 70 for names); `SVWZ+` text takes every subfield up to the next
/// key. Anything else is free remittance text.
struct MT940SEPAPurpose {
  static let keys = [
    "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "COAM", "OAMT",
    "PURP",
  ]

  private var segments: [(key: String?, parts: [String])] = []

  init(subfields: [String]) {
    var previousFull = false
    for text in subfields {
      if let key = Self.keys.first(where: { text.hasPrefix($0 + "+") }) {
        segments.append((key, [text]))
      } else if let last = segments.last, Self.continues(last, with: text, previousFull) {
        segments[segments.count - 1].parts.append(text)
      } else {
        segments.append((nil, [text]))
      }
      previousFull = text.count >= MT940GermanNarrative.subfieldWidth
    }
  }

  /// The first value given for `key`, joined over its subfields; nil when absent or empty.
  func value(_ key: String) -> String? {
    guard let segment = segments.first(where: { $0.key == key }) else { return nil }
    let text = Self.text(of: segment)
    return text.isEmpty ? nil : text
  }

  /// The `SVWZ+` texts and the free texts, in order.
  var remittance: [String] {
    segments.filter { $0.key == nil || $0.key == "SVWZ" }.map(Self.text).filter { !$0.isEmpty }
  }

  /// The subfields joined (each counted with its key, which fills the subfield too), the key
  /// left out.
  private static func text(of segment: (key: String?, parts: [String])) -> String {
    let joined = MT940GermanNarrative.join(segment.parts)
    guard let key = segment.key else { return joined }
    return String(joined.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
  }

  private static func continues(
    _ segment: (key: String?, parts: [String]), with text: String, _ previousFull: Bool
  ) -> Bool {
    switch segment.key {
    case "SVWZ": return true
    case nil: return previousFull
    default:
      let limit = segment.key == "ABWA" || segment.key == "ABWE" ? 70 : 35
      return previousFull && Self.text(of: (segment.key, segment.parts + [text])).count <= limit
    }
  }
}
