import Receivables
import Testing

struct MoneyFormattingTests {
  static let euroCases: [(Int64, Language, String)] = [
    (123_456, .nl, "€ 1.234,56"),
    (123_456, .de, "1.234,56 €"),
    (123_456, .fr, "1\u{202F}234,56\u{00A0}€"),
    (123_456, .en, "€1,234.56"),
    (-123_456, .nl, "€ -1.234,56"),
    (-123_456, .de, "-1.234,56 €"),
    (-123_456, .en, "-€1,234.56"),
    (5, .nl, "€ 0,05"),
    (100_000_000, .en, "€1,000,000.00"),
    (99_999, .de, "999,99 €"),
  ]

  @Test("formats amounts for letters in each language", arguments: euroCases)
  func euros(minor: Int64, language: Language, expected: String) {
    #expect(Money(minorUnits: minor, currency: .eur).formatted(for: language) == expected)
  }

  @Test("writes other currencies with their sign or code")
  func otherCurrencies() throws {
    #expect(Money(minorUnits: 1234, currency: .jpy).formatted(for: .en) == "¥1,234")
    #expect(Money(minorUnits: 150_000, currency: .chf).formatted(for: .de) == "1.500,00 CHF")
    #expect(Money(minorUnits: 150_000, currency: .chf).formatted(for: .en) == "CHF 1,500.00")
    #expect(Money(minorUnits: 1050, currency: .gbp).formatted(for: .en) == "£10.50")
    #expect(
      Money(minorUnits: 1_234_567, currency: try Currency(code: "KWD")).formatted(for: .en)
        == "KWD 1,234.567")
  }

  @Test("reads language codes in their common spellings")
  func languages() {
    #expect(Language(code: "NL") == .nl)
    #expect(Language(code: "de-DE") == .de)
    #expect(Language(code: "en_GB") == .en)
    #expect(Language(code: "es") == nil)
  }
}
