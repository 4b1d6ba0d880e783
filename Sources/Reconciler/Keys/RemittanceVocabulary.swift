/// The words around numbers in remittance texts (English, Dutch, German, French), lower case
/// and without their final dot.
enum RemittanceVocabulary {
  /// Words that announce a document number: the number after them is "labelled".
  static let labels: Set<String> = Set(
    """
    inv invoice invoices invoice# invnr factuur facturen factuurnr factuurnummer fact fac factnr \
    fa f facture factures factura rechnung rechnungen rechnungsnr rechnungsnummer re renr re-nr \
    rg rgnr rg-nr rng nr no num nummer number numéro n° nº # no# nos nrs
    """.split(separator: " ").map(String.init))

  /// Words that join numbers in a list: a labelled number keeps the next one labelled.
  static let conjunctions: Set<String> = ["and", "en", "und", "et", "&", "-", "/", "u", "y", "+"]

  /// Words that announce a number that is not a document number (customer, order, phone,
  /// postcode, tax numbers): the number after them is never matched.
  static let otherNumbers: Set<String> = Set(
    """
    klant klantnr klantnummer debiteur debiteurnr debiteurnummer kunde kunden kundennr \
    kundennummer kdnr customer cust client clientnr order ordernr bestelling bestelnr \
    bestellung bestellnr auftrag auftragsnr commande iban bic tel telefoon telefon phone fax \
    postcode plz kvk btw vat ust ustid siret siren contract contractnr vertrag vertragsnr polis \
    policy dossier mandate mandaat mandat mandatsref mandaatref id tva steuernr \
    personeelsnr lidnr mitgliedsnr member po
    """.split(separator: " ").map(String.init))
}
