/// Month names and their abbreviations in English, Dutch, German and French.
enum MonthName {
  /// The month (1–12) a word names: "Jul", "juli", "Juli", "mrt", "Mär", "Mrz", "mei", "okt.",
  /// "Dez", "déc"; nil for any other word or one that could be two months.
  ///
  /// A word names a month when it is a full name, a known abbreviation, or the first three or
  /// more letters of a full name. Case, a trailing point and accents do not matter.
  static func number(_ word: some StringProtocol) -> Int? {
    var key = folded(word)
    if key.hasSuffix(".") { key.removeLast() }
    guard key.count >= 3 else { return nil }
    if let month = abbreviations[key] { return month }
    let months = Set(
      names.flatMap { list in
        list.indices.filter { list[$0].hasPrefix(key) }.map { $0 + 1 }
      })
    return months.count == 1 ? months.first : nil
  }

  /// Lower case without accents: "März" → "marz", "Déc." → "dec.".
  private static func folded(_ word: some StringProtocol) -> String {
    String(
      word.lowercased().map { character -> Character in
        switch character {
        case "ä", "à", "â", "á": "a"
        case "é", "è", "ê", "ë": "e"
        case "ö", "ô", "ó": "o"
        case "ü", "û", "ù", "ú": "u"
        case "î", "ï", "í": "i"
        case "ç": "c"
        default: character
        }
      })
  }

  /// Full names, folded, one list per language, January first.
  private static let names: [[String]] = [
    [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ],
    [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ],
    [
      "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "dezember",
    ],
    [
      "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
      "octobre", "novembre", "decembre",
    ],
  ]

  /// Abbreviations that are not the start of a full name.
  private static let abbreviations: [String: Int] = [
    "mrt": 3, "mrz": 3, "maerz": 3, "janner": 1, "juil": 7,
  ]
}
