import Foundation

/// The Dutch keyword `:86:` layout of ABN AMRO's SEPA statements before its `/TRTP/` format, and
/// of Knab: `SEPA OVERBOEKING  IBAN: NL…  BIC: …  NAAM: …  OMSCHRIJVING: …  KENMERK: …`, or
/// `REK: NL…/NAAM: …`. Values run to the next keyword; the padding between columns is dropped.
/// `KENMERK:` is the end-to-end id, `MACHTIGING:` the mandate, `BETALINGSKENM.:` a structured
/// payment reference; text before the first keyword is remittance.
enum MT940DutchKeywords {
  static let keywords = [
    "IBAN", "BIC", "NAAM", "OMSCHRIJVING", "KENMERK", "MACHTIGING", "INCASSANT", "REK",
    "BETALINGSKENM.",
  ]

  /// Fills `detail` and returns true, or returns false without a `NAAM:`, `IBAN:`, `REK:` or
  /// `OMSCHRIJVING:`.
  static func read(_ lines: [String], into detail: inout BankTransactionDetail) -> Bool {
    let text = MT940Wrapping.joined(lines)
    let found = occurrences(in: text)
    guard found.contains(where: { ["NAAM", "IBAN", "REK", "OMSCHRIJVING"].contains($0.keyword) })
    else { return false }
    if let first = found.first, let leading = tidy(text[..<first.range.lowerBound]) {
      detail.remittance.append(leading)
    }
    for (offset, occurrence) in found.enumerated() {
      let end = offset + 1 < found.count ? found[offset + 1].range.lowerBound : text.endIndex
      guard let value = tidy(text[occurrence.range.upperBound..<end]) else { continue }
      switch occurrence.keyword {
      case "IBAN", "REK": detail.counterpartyAccount = detail.counterpartyAccount ?? value
      case "BIC": detail.counterpartyBankID = value
      case "NAAM": detail.counterpartyName = detail.counterpartyName ?? value
      case "OMSCHRIJVING": detail.remittance.append(value)
      case "KENMERK":
        detail.endToEndID = MT940Narrative.noReference.contains(value) ? nil : value
      case "MACHTIGING": detail.mandateID = value
      case "BETALINGSKENM.": detail.structuredReferences.append(value)
      default: break
      }
    }
    return true
  }

  /// Each `KEYWORD:` that starts the text or follows a space or `/`, in order.
  private static func occurrences(
    in text: String
  ) -> [(keyword: String, range: Range<String.Index>)] {
    var found: [(keyword: String, range: Range<String.Index>)] = []
    for keyword in keywords {
      for range in text.ranges(of: keyword + ":") {
        let before =
          range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        if before == nil || before == " " || before == "/" { found.append((keyword, range)) }
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The value with its column padding and a trailing `/` dropped; nil when empty.
  private static func tidy(_ text: Substring) -> String? {
    let words = text.split(separator: " ")
    let value = words.joined(separator: " ").trimmingCharacters(
      in: CharacterSet(charactersIn: "/ "))
    return value.isEmpty ? nil : value
  }
}
