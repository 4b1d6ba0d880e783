import Receivables

/// Country names for the last line of a foreign address, in the letter's language; a country
/// not listed is written as its ISO code.
enum CountryName {
  static func of(_ code: String, in language: Language) -> String {
    guard let names = table[code.uppercased()] else { return code.uppercased() }
    switch language {
    case .nl: return names.0
    case .de: return names.1
    case .fr: return names.2
    case .en: return names.3
    }
  }

  /// (nl, de, fr, en) per ISO 3166 code: the EU, the EEA, Switzerland, the UK and the US.
  private static let table: [String: (String, String, String, String)] = [
    "AT": ("Oostenrijk", "Österreich", "Autriche", "Austria"),
    "BE": ("België", "Belgien", "Belgique", "Belgium"),
    "BG": ("Bulgarije", "Bulgarien", "Bulgarie", "Bulgaria"),
    "CH": ("Zwitserland", "Schweiz", "Suisse", "Switzerland"),
    "CY": ("Cyprus", "Zypern", "Chypre", "Cyprus"),
    "CZ": ("Tsjechië", "Tschechien", "Tchéquie", "Czechia"),
    "DE": ("Duitsland", "Deutschland", "Allemagne", "Germany"),
    "DK": ("Denemarken", "Dänemark", "Danemark", "Denmark"),
    "EE": ("Estland", "Estland", "Estonie", "Estonia"),
    "ES": ("Spanje", "Spanien", "Espagne", "Spain"),
    "FI": ("Finland", "Finnland", "Finlande", "Finland"),
    "FR": ("Frankrijk", "Frankreich", "France", "France"),
    "GB": ("Verenigd Koninkrijk", "Vereinigtes Königreich", "Royaume-Uni", "United Kingdom"),
    "GR": ("Griekenland", "Griechenland", "Grèce", "Greece"),
    "HR": ("Kroatië", "Kroatien", "Croatie", "Croatia"),
    "HU": ("Hongarije", "Ungarn", "Hongrie", "Hungary"),
    "IE": ("Ierland", "Irland", "Irlande", "Ireland"),
    "IS": ("IJsland", "Island", "Islande", "Iceland"),
    "IT": ("Italië", "Italien", "Italie", "Italy"),
    "LI": ("Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein"),
    "LT": ("Litouwen", "Litauen", "Lituanie", "Lithuania"),
    "LU": ("Luxemburg", "Luxemburg", "Luxembourg", "Luxembourg"),
    "LV": ("Letland", "Lettland", "Lettonie", "Latvia"),
    "MT": ("Malta", "Malta", "Malte", "Malta"),
    "NL": ("Nederland", "Niederlande", "Pays-Bas", "Netherlands"),
    "NO": ("Noorwegen", "Norwegen", "Norvège", "Norway"),
    "PL": ("Polen", "Polen", "Pologne", "Poland"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal"),
    "RO": ("Roemenië", "Rumänien", "Roumanie", "Romania"),
    "SE": ("Zweden", "Schweden", "Suède", "Sweden"),
    "SI": ("Slovenië", "Slowenien", "Slovénie", "Slovenia"),
    "SK": ("Slowakije", "Slowakei", "Slovaquie", "Slovakia"),
    "US": ("Verenigde Staten", "Vereinigte Staaten", "États-Unis", "United States"),
  ]
}
