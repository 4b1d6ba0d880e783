import Foundation
import Receivables

/// The payment box of a letter: amount, pay-by date, account, the one reference, and an EPC QR
/// code when the letter is in euro. A letter in another currency names the account for that
/// currency (from `company.yaml`), or asks the customer to get in touch; it never prints a
/// dollar amount over a euro IBAN.
struct PaymentInstruction {
  let creditor: Creditor
  let words: LetterWording
  let language: Language

  /// - Parameters:
  ///   - reference: the one reference covering the letter; nil when the single item has none.
  ///   - fallback: what to quote without a reference (the single item's number).
  func box(total: Money, reference: PaymentReference?, payBy: LocalDate, fallback: String?)
    -> PaymentBox
  {
    var lines = [
      "\(words.label(words.amountToPay, language)) \(total.formatted(for: language))",
      "\(words.label(words.payBy, language)) \(payBy.longFormat(for: language))",
    ]
    let inEuro = total.currency == .eur
    if inEuro {
      lines.append(
        "\(words.label(words.payTo, language)) \(NonBreaking.text(creditor.iban.formatted))")
      lines.append("\(words.label(words.beneficiary, language)) \(creditor.name)")
    } else if let account = creditor.otherCurrencyAccounts[total.currency] {
      lines.append("\(words.label(words.payTo, language)) \(NonBreaking.text(account))")
      lines.append("\(words.label(words.beneficiary, language)) \(creditor.name)")
    } else {
      lines.append(
        words.askHowToPay.replacing("{currency}", with: total.currency.code))
    }
    if let reference {
      lines.append(
        "\(words.label(words.reference, language)) \(NonBreaking.text(reference.formatted))")
    } else if let fallback {
      lines.append("\(words.label(words.reference, language)) \(NonBreaking.text(fallback))")
    }
    var payload: String?
    if inEuro, total.isPositive {
      // Only an ISO 11649 RF reference goes in the structured field; a Dutch or Belgian one is
      // quoted as the remittance text, where banks and arflow's reconciler find it.
      let structured = reference?.scheme == .creditorReference ? reference?.value : nil
      payload = try? EPCPaymentCode(
        beneficiaryName: creditor.name, iban: creditor.iban.compact, bic: creditor.bic,
        amountInCents: total.minorUnits, currency: "EUR", creditorReference: structured,
        remittanceText: structured == nil ? (reference?.value ?? fallback) : nil
      ).payload
    }
    return PaymentBox(
      lines: lines, qrPayload: payload, qrCaption: payload == nil ? nil : words.scanToPay)
  }
}
