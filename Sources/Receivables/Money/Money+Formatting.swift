extension Money {
  /// The amount as a letter in `language` shows it.
  ///
  /// - nl: "€ 1.234,56", "€ -1.234,56"
  /// - de: "1.234,56 €", "-1.234,56 €"
  /// - fr: "1 234,56 €" (narrow no-break space between groups, no-break space before the sign)
  /// - en: "€1,234.56", "-€1,234.56"
  ///
  /// Currencies without a common sign are written with their code: "CHF 1.234,56", "1.234,56 CHF".
  public func formatted(for language: Language) -> String {
    let symbol = currency.letterSymbol
    let isCode = symbol == currency.code
    let sign = minorUnits < 0 ? "-" : ""
    switch language {
    case .nl:
      return "\(symbol) \(sign)\(groupedDigits(group: ".", decimal: ","))"
    case .de:
      return "\(sign)\(groupedDigits(group: ".", decimal: ",")) \(symbol)"
    case .fr:
      return "\(sign)\(groupedDigits(group: "\u{202F}", decimal: ","))\u{00A0}\(symbol)"
    case .en:
      let separator = isCode ? " " : ""
      return "\(sign)\(symbol)\(separator)\(groupedDigits(group: ",", decimal: "."))"
    }
  }

  /// The magnitude with thousands grouped: "1.234,56" for group "." and decimal ",".
  func groupedDigits(group: String, decimal: String) -> String {
    let plain = magnitude.decimalString
    let parts = plain.split(separator: ".", maxSplits: 1)
    var whole = ""
    for (offset, digit) in parts[0].reversed().enumerated() {
      if offset > 0, offset % 3 == 0 { whole = group + whole }
      whole = String(digit) + whole
    }
    return parts.count > 1 ? whole + decimal + parts[1] : whole
  }
}

extension Currency {
  /// The sign printed on letters: € $ £ ¥, or the code where no sign is common.
  var letterSymbol: String {
    switch code {
    case "EUR": "€"
    case "USD": "$"
    case "GBP": "£"
    case "JPY": "¥"
    default: code
    }
  }
}
