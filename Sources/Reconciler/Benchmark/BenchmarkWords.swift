/// The words the benchmark builds names and remittance texts from.
enum BenchmarkWords {
  static let trades = [
    "Bakkerij", "Garage", "Autohaus", "Boulangerie", "Café", "Transport", "Schreinerei", "Hotel",
    "Drukkerij", "Elektro", "Bouwbedrijf", "Apotheek", "Metzgerei", "Brasserie", "Consulting",
    "Logistics", "Trading", "Installatiebedrijf", "Fietsenmaker", "Gärtnerei", "Menuiserie",
    "Imprimerie", "Tankstation", "Bloemenhandel",
  ]
  static let families = [
    "Jansen", "de Vries", "Müller", "Schmidt", "Dubois", "Lefèvre", "Peeters", "van den Berg",
    "Smith", "Janssens", "Bakker", "Visser", "Meyer", "Weber", "Martin", "Bernard", "O'Brien",
    "Nowak", "Şahin", "Fischer", "Wagner", "Becker", "Hoffmann", "Moreau", "Laurent", "Girard",
    "Mertens", "Claes", "Wouters", "de Jong", "Mulder", "de Boer", "Brouwer", "Dekker", "Koch",
    "Richter", "Wolf", "Schröder", "Neumann", "Fontaine", "Roux", "Bonnet", "Maes", "Willems",
    "Goossens", "Hendriks", "Smits", "Kuipers",
  ]
  static let places = [
    "Amsterdam", "Utrecht", "Rotterdam", "Köln", "Düsseldorf", "Lyon", "Gent", "Antwerpen",
    "Brussel", "Liège", "Aachen", "Münster", "Lille", "Eindhoven", "Groningen", "Hamburg",
    "Bremen", "Nantes", "Namur", "Leuven", "Zwolle", "Arnhem", "Trier", "Mainz", "Strasbourg",
    "Metz", "Brugge", "Haarlem", "Leiden", "Delft", "Breda", "Tilburg",
  ]
  static let legalForms = ["B.V.", "GmbH", "SARL", "NV", "Ltd", "bvba", "KG", "", "S.A.", "V.O.F."]

  /// Number phrases for one invoice: "{n}" is the number as the payer writes it.
  static let singlePhrases = [
    "Factuur {n}", "Betaling factuur {n}", "fact. {n}", "Factuurnr. {n}", "Rechnung {n}",
    "Rechnung Nr. {n}", "Zahlung zu Rechnung {n}", "Rg. {n} vom 12.01.2026", "Facture {n}",
    "Paiement facture {n}", "Fact. n° {n}", "Règlement facture {n} merci", "Invoice {n}",
    "inv {n}", "Payment for invoice #{n}", "INV {n} thank you",
  ]
  /// Number phrases for two or three invoices.
  static let listPhrases = [
    "Factuur {a} en {b}", "Rechnungen {a} und {b}", "Factures {a} et {b}", "inv {a} and {b}",
    "Facturen {a}, {b}", "Invoices {a} & {b}",
  ]
  /// Texts of payments that pay no open item.
  static let unrelatedTexts = [
    "Spende", "Miete Maerz 2026", "Order 88120", "Kundennummer 47110", "Erstattung Kaution",
    "Terugbetaling borg 12-03-2026", "Lidmaatschap 2026", "Gehalt", "Remboursement", "",
    "klantnr 10450 dank u", "Postcode 1012 AB", "Sammelueberweisung",
  ]
  /// Texts of payments that name nothing.
  static let plainTexts = ["", "Betaling", "Zahlung", "Paiement", "Payment", "Overboeking"]
}
