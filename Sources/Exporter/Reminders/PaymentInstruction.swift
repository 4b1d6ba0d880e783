import Receivables

/// The payment box of a letter: amount, account, reference(s) and an EPC QR code for SEPA.
struct PaymentInstruction {
  let creditor: Creditor
  let words: LetterWording
  let language: Language

  /// One reference is quoted as the structured reference; several go, in electronic form,
  /// into the remittance text (at most 140 characters), where arflow's reconciler finds them.
  func box(total: Money, references: [PaymentReference], customer: Customer) -> PaymentBox {
    var lines = [
      "\(words.amountToPay): \(total.formatted(for: language))",
      "\(words.payTo): \(creditor.iban.formatted)",
      "\(words.beneficiary): \(creditor.name)",
    ]
    if !references.isEmpty {
      lines.append("\(words.reference): \(references.map(\.formatted).joined(separator: ", "))")
    }
    var payload: String?
    if total.currency == .eur, total.isPositive {
      let structured = references.count == 1 ? references[0].value : nil
      var text: String?
      if references.count > 1 {
        var joined = ""
        for reference in references where joined.count + reference.value.count + 1 <= 140 {
          joined += joined.isEmpty ? reference.value : " " + reference.value
        }
        text = joined
      }
      payload = try? EPCPaymentCode(
        beneficiaryName: creditor.name, iban: creditor.iban.compact, bic: creditor.bic,
        amountInCents: total.minorUnits, currency: "EUR", creditorReference: structured,
        remittanceText: text
      ).payload
    }
    return PaymentBox(
      lines: lines, qrPayload: payload, qrCaption: payload == nil ? nil : words.scanToPay)
  }
}
