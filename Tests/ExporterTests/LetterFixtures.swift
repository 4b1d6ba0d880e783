import Exporter

/// Realistic reminder letters for the rendering tests.
enum LetterFixtures {
  static let columns = [
    LetterColumn("Invoice", relativeWidth: 2), LetterColumn("Due date", relativeWidth: 2),
    LetterColumn("Amount", alignment: .trailing, relativeWidth: 2),
    LetterColumn("Open", alignment: .trailing, relativeWidth: 2),
  ]

  static func letter(
    customer: String, rows: [[String]], total: String, reference: String,
    qrPayload: String? = nil
  ) -> LetterDocument {
    LetterDocument(
      creditorName: "Arflow Demo B.V.",
      creditorLines: ["Keizersgracht 123", "1015 CJ Amsterdam", "IBAN NL91 ABNA 0417 1643 00"],
      returnAddress: "Arflow Demo B.V. · Keizersgracht 123 · 1015 CJ Amsterdam",
      recipientLines: [customer, "Damrak 1", "1012 LG Amsterdam"],
      placeAndDate: "Amsterdam, 23 November 2026",
      subject: "Payment reminder for \(customer)",
      bodyBefore: [
        "Dear Sir or Madam,",
        "According to our records the invoices below are still open. We kindly ask you to pay the "
          + "open amount within 14 days.",
      ],
      table: LetterTable(columns: columns, rows: rows, totalRow: ["Total", "", "", total]),
      bodyAfter: ["Kind regards,\nArflow Demo B.V."],
      paymentBox: PaymentBox(
        lines: ["Amount: \(total)", "IBAN: NL91 ABNA 0417 1643 00", "Reference: \(reference)"],
        qrPayload: qrPayload, qrCaption: "Scan to pay"),
      footer: "Arflow Demo B.V. · KvK 12345678 · VAT NL123456789B01")
  }

  /// `count` rows "INV-0001" … with amounts, for pagination.
  static func manyRows(_ count: Int) -> [[String]] {
    (1...count).map { number in
      let id = String(number).leftPadded(to: 4)
      return ["INV-\(id)", "01-10-2026", "€ \(number),00", "€ \(number),00"]
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(width - count, 0)) + self
  }
}
