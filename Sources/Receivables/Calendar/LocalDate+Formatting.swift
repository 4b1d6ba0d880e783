extension LocalDate {
  /// The date as a letter writes it out: "23 november 2026", "23. November 2026",
  /// "23 novembre 2026", "23 November 2026".
  public func longFormat(for language: Language) -> String {
    let name = LocalDate.monthNames[language]![month - 1]
    return language == .de ? "\(day). \(name) \(year)" : "\(day) \(name) \(year)"
  }

  /// The date in a table column: "15-07-2026", "15.07.2026", "15/07/2026", "15 Jul 2026".
  public func shortFormat(for language: Language) -> String {
    let dd = day < 10 ? "0\(day)" : "\(day)"
    let mm = month < 10 ? "0\(month)" : "\(month)"
    switch language {
    case .nl: return "\(dd)-\(mm)-\(year)"
    case .de: return "\(dd).\(mm).\(year)"
    case .fr: return "\(dd)/\(mm)/\(year)"
    case .en: return "\(dd) \(LocalDate.monthNames[.en]![month - 1].prefix(3)) \(year)"
    }
  }

  static let monthNames: [Language: [String]] = [
    .nl: [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ],
    .de: [
      "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember",
    ],
    .fr: [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ],
    .en: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
  ]
}
