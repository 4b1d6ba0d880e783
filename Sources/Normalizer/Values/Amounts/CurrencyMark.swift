import Receivables

/// A currency written next to an amount: a sign such as "€", "$" or "Fr.", or a code such as "EUR".
struct CurrencyMark: Sendable, Equatable {
  /// The mark as it was written.
  let written: String
  /// The ISO codes the mark can stand for: "$" is USD, CAD, AUD and other dollars.
  let codes: Set<String>

  /// Recognises a sign or a three-letter ISO code; nil for any other word.
  init?(_ word: String) {
    let key = word.uppercased()
    if let codes = CurrencyMark.signs[key] {
      self.written = word
      self.codes = codes
    } else if key.count == 3, key.allSatisfy({ $0.isASCII && $0.isLetter }),
      let currency = try? Currency(code: key)
    {
      self.written = word
      self.codes = [currency.code]
    } else {
      return nil
    }
  }

  /// Whether the mark can stand for `currency`.
  func names(_ currency: Currency) -> Bool { codes.contains(currency.code) }

  /// Signs and local abbreviations seen in accounting exports, upper-cased.
  private static let signs: [String: Set<String>] = [
    "€": ["EUR"], "EURO": ["EUR"],
    "$": ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"],
    "US$": ["USD"], "C$": ["CAD"], "CA$": ["CAD"], "A$": ["AUD"], "AU$": ["AUD"],
    "NZ$": ["NZD"], "S$": ["SGD"], "HK$": ["HKD"], "R$": ["BRL"],
    "£": ["GBP"], "¥": ["JPY", "CNY"], "￥": ["JPY", "CNY"],
    "FR.": ["CHF"], "FR": ["CHF"], "SFR.": ["CHF"], "SFR": ["CHF"],
    "KR": ["SEK", "NOK", "DKK", "ISK"], "KR.": ["SEK", "NOK", "DKK", "ISK"],
    "ZŁ": ["PLN"], "KČ": ["CZK"], "FT": ["HUF"],
    "₹": ["INR"], "₺": ["TRY"], "₽": ["RUB"], "₩": ["KRW"], "₪": ["ILS"],
  ]
}
