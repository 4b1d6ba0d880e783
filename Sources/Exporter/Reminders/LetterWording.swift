import Receivables

/// The fixed words of a reminder letter (table headings, payment box labels) per language.
struct LetterWording {
  let invoice: String
  let invoiceDate: String
  let dueDate: String
  let daysOverdue: String
  let reference: String
  let openAmount: String
  let fee: String
  let total: String
  let amountToPay: String
  let payTo: String
  let beneficiary: String
  let scanToPay: String
  let vat: String

  static func of(_ language: Language) -> LetterWording {
    switch language {
    case .nl:
      LetterWording(
        invoice: "Factuur", invoiceDate: "Datum", dueDate: "Vervaldatum",
        daysOverdue: "Dagen", reference: "Betalingskenmerk", openAmount: "Openstaand",
        fee: "Aanmaningskosten", total: "Totaal", amountToPay: "Te betalen",
        payTo: "Rekening", beneficiary: "Ten name van", scanToPay: "Scan om te betalen", vat: "Btw")
    case .de:
      LetterWording(
        invoice: "Rechnung", invoiceDate: "Datum", dueDate: "Fällig", daysOverdue: "Tage",
        reference: "Referenz", openAmount: "Offen", fee: "Mahngebühr", total: "Summe",
        amountToPay: "Zu zahlen", payTo: "Konto", beneficiary: "Empfänger",
        scanToPay: "Zum Bezahlen scannen",
        vat: "USt-IdNr.")
    case .fr:
      LetterWording(
        invoice: "Facture", invoiceDate: "Date", dueDate: "Échéance", daysOverdue: "Jours",
        reference: "Référence", openAmount: "Solde dû", fee: "Frais de rappel", total: "Total",
        amountToPay: "À payer", payTo: "Compte", beneficiary: "Bénéficiaire",
        scanToPay: "Scanner pour payer", vat: "TVA")
    case .en:
      LetterWording(
        invoice: "Invoice", invoiceDate: "Invoice date", dueDate: "Due date",
        daysOverdue: "Days", reference: "Payment reference", openAmount: "Open amount",
        fee: "Reminder fee", total: "Total", amountToPay: "Amount to pay", payTo: "Account",
        beneficiary: "Beneficiary",
        scanToPay: "Scan to pay", vat: "VAT")
    }
  }
}
