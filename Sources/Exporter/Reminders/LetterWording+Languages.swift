extension LetterWording {
  static let dutch = LetterWording(
    invoice: "Factuur", invoiceDate: "Datum", dueDate: "Vervaldatum", daysOverdue: "Dagen",
    amount: "Bedrag", settled: "Betaald", openAmount: "Open", total: "Totaal",
    amountToPay: "Te betalen", payBy: "Uiterlijk op", payTo: "Rekening",
    beneficiary: "Ten name van", reference: "Betalingskenmerk",

    scanToPay: "Scan om te betalen", vat: "Btw", pageOf: "Pagina {page} van {pages}",
    remindedOn: "herinnerd op {date}", disputed: "betwist",
    paused: "gepauzeerd", arranged: "in betalingsregeling",
    notAsked:
      "Betwiste, gepauzeerde en geregelde posten staan ter informatie vermeld en tellen niet mee.",
    askHowToPay: "Voor betaling in {currency} neemt u contact met ons op.",
    accountOnRequest: "onze rekening voor {currency} (vraag ons het nummer)")

  static let german = LetterWording(
    invoice: "Rechnung", invoiceDate: "Datum", dueDate: "Fällig", daysOverdue: "Tage",
    amount: "Betrag", settled: "Bezahlt", openAmount: "Offen", total: "Summe",
    amountToPay: "Zu zahlen", payBy: "Spätestens am", payTo: "Konto", beneficiary: "Empfänger",
    reference: "Verwendungszweck",
    scanToPay: "Zum Bezahlen scannen", vat: "USt-IdNr.",
    pageOf: "Seite {page} von {pages}", remindedOn: "gemahnt am {date}",
    disputed: "bestritten", paused: "zurückgestellt", arranged: "in Ratenzahlung",
    notAsked:
      "Bestrittene, zurückgestellte und in Raten gezahlte Posten sind zur Information aufgeführt und nicht in der Summe enthalten.",
    askHowToPay: "Für eine Zahlung in {currency} wenden Sie sich bitte an uns.",
    accountOnRequest: "unser Konto für {currency} (bitte bei uns erfragen)")

  static let french = LetterWording(
    invoice: "Facture", invoiceDate: "Date", dueDate: "Échéance", daysOverdue: "Jours",
    amount: "Montant", settled: "Réglé", openAmount: "Solde dû", total: "Total",
    amountToPay: "À payer", payBy: "Au plus tard le", payTo: "Compte",
    beneficiary: "Bénéficiaire", reference: "Référence",

    scanToPay: "Scanner pour payer", vat: "TVA", pageOf: "Page {page} sur {pages}",
    remindedOn: "rappelée le {date}", disputed: "contestée",
    paused: "suspendue", arranged: "en échéancier",
    notAsked:
      "Les factures contestées, suspendues ou en échéancier sont indiquées pour information et ne sont pas comprises dans le total.",
    askHowToPay: "Pour un paiement en {currency}, merci de nous contacter.",
    accountOnRequest: "notre compte en {currency} (à nous demander)")

  static let english = LetterWording(
    invoice: "Invoice", invoiceDate: "Date", dueDate: "Due date", daysOverdue: "Days",
    amount: "Amount", settled: "Paid", openAmount: "Open", total: "Total",
    amountToPay: "Amount to pay", payBy: "Pay by", payTo: "Account", beneficiary: "Beneficiary",
    reference: "Payment reference",
    scanToPay: "Scan to pay", vat: "VAT",
    pageOf: "Page {page} of {pages}", remindedOn: "reminded on {date}",
    disputed: "disputed", paused: "on hold", arranged: "in payment arrangement",
    notAsked:
      "Disputed items, items on hold and items in a payment arrangement are shown for information and not included in the total.",
    askHowToPay: "To pay in {currency}, please contact us.",
    accountOnRequest: "our {currency} account (please ask us for it)")
}
