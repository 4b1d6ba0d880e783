/// How many decimals a BAI2 amount has: BAI2 writes whole minor units of the account's
/// currency (ISO 4217), defaulting to US dollars.
enum BAI2Currency {
  /// Used when neither the account (03) nor the group (02) names a currency.
  static let fallback = "USD"

  private static let noDecimals: Set<String> = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
  ]
  private static let threeDecimals: Set<String> = [
    "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
  ]

  /// 0, 2, 3 or 4 decimals for the currency.
  static func decimals(_ currency: String) -> Int {
    if noDecimals.contains(currency) { return 0 }
    if threeDecimals.contains(currency) { return 3 }
    return currency == "CLF" || currency == "UYW" ? 4 : 2
  }

  /// Whether a currency field holds three capital letters.
  static func isCode(_ text: Substring) -> Bool {
    text.count == 3 && text.allSatisfy { $0.isASCII && $0.isUppercase }
  }
}
