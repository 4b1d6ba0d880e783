import Foundation
import Receivables

extension EPCPaymentCode {
  static func checkCurrency(_ currency: String) throws(EPCPaymentCodeError) {
    let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
    guard code == "EUR" else {
      throw EPCPaymentCodeError(
        .currency, field: "currency",
        problem: "is '\(currency)', but a SEPA payment QR code only carries euro amounts",
        fix: "Leave the QR code off letters for amounts in other currencies.")
    }
  }

  static func checkedName(_ name: String) throws(EPCPaymentCodeError) -> String {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    let fix = "Use the company name as the bank knows it, at most 70 characters on one line."
    guard !trimmed.isEmpty else {
      throw EPCPaymentCodeError(
        .beneficiaryName, field: "beneficiary name", problem: "is empty", fix: fix)
    }
    guard !hasControlCharacters(trimmed) else {
      throw EPCPaymentCodeError(
        .beneficiaryName, field: "beneficiary name", problem: "contains a line break or tab",
        fix: fix)
    }
    guard trimmed.count <= 70 else {
      throw EPCPaymentCodeError(
        .beneficiaryName, field: "beneficiary name",
        problem: "is \(trimmed.count) characters long; a SEPA payment QR code allows 70", fix: fix)
    }
    return trimmed
  }

  static func checkedIBAN(_ iban: String) throws(EPCPaymentCodeError) -> String {
    let fix = "Copy the IBAN exactly as it appears on a bank statement (spaces are fine)."
    // The QR code carries the IBAN as written without spaces: a dash or dot there is refused.
    let written = iban.filter { !$0.isWhitespace }
    let problem =
      written.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      ? IBAN.problem(with: written) : .shape
    switch problem {
    case nil:
      return IBAN.compact(iban)
    case .shape:
      throw EPCPaymentCodeError(
        .iban, field: "IBAN",
        problem: "is not a valid IBAN: '\(iban)' should be a country code, two check digits "
          + "and the account number, 15 to 34 characters",
        fix: fix)
    case .checkDigits:
      throw EPCPaymentCodeError(
        .iban, field: "IBAN",
        problem: "is not a valid IBAN: the check digits of '\(iban)' do not match the account "
          + "number, so one character is probably mistyped",
        fix: fix)
    }
  }

  static func checkedBIC(_ bic: String?) throws(EPCPaymentCodeError) -> String? {
    let compact = (bic ?? "").filter { !$0.isWhitespace }.uppercased()
    guard !compact.isEmpty else { return nil }
    // Six letters (bank and country), then two and optionally three letters or digits.
    let characters = Array(compact.utf8)
    let letters = UInt8(ascii: "A")...UInt8(ascii: "Z")
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    guard characters.count == 8 || characters.count == 11,
      characters.prefix(6).allSatisfy(letters.contains),
      characters.dropFirst(6).allSatisfy({ letters.contains($0) || digits.contains($0) })
    else {
      throw EPCPaymentCodeError(
        .bic, field: "BIC",
        problem: "is not a valid BIC: '\(bic ?? "")' should be 8 or 11 letters and digits, "
          + "like ABNANL2A",
        fix: "Copy the BIC from a bank statement, or leave it empty: within the EEA it is optional."
      )
    }
    return compact
  }

  static func checkedAmount(_ cents: Int64) throws(EPCPaymentCodeError) -> String {
    guard (1...99_999_999_999).contains(cents) else {
      throw EPCPaymentCodeError(
        .amount, field: "amount",
        problem: "is € \(euros(cents).dropFirst(3)); a SEPA payment QR code takes € 0.01 up to "
          + "€ 999999999.99",
        fix: "Leave the QR code off when nothing is due (or a credit is due to the customer).")
    }
    return euros(cents)
  }

  static func checkedReference(_ reference: String?) throws(EPCPaymentCodeError) -> String? {
    let compact = (reference ?? "").filter { !$0.isWhitespace }.uppercased()
    guard !compact.isEmpty else { return nil }
    guard compact.hasPrefix("RF"),
      (try? PaymentReference(compact, scheme: .creditorReference)) != nil
    else {
      throw EPCPaymentCodeError(
        .creditorReference, field: "creditor reference",
        problem: "is not a valid ISO 11649 reference: '\(reference ?? "")' should be RF, two "
          + "check digits and up to 21 letters and digits that pass the check",
        fix: "Generate the RF reference from the invoice number again, or leave it empty and use "
          + "a remittance text.")
    }
    return compact
  }

  static func checkedRemittanceText(_ text: String?) throws(EPCPaymentCodeError) -> String? {
    let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    let fix = "Keep it to one line of at most 140 characters, e.g. just the invoice numbers."
    guard !hasControlCharacters(trimmed) else {
      throw EPCPaymentCodeError(
        .remittanceText, field: "remittance text", problem: "contains a line break or tab", fix: fix
      )
    }
    guard trimmed.count <= 140 else {
      throw EPCPaymentCodeError(
        .remittanceText, field: "remittance text",
        problem: "is \(trimmed.count) characters long; a SEPA payment QR code allows 140", fix: fix)
    }
    return trimmed
  }

  /// "EUR1234.56": the amount with exactly two decimals, as the guidelines write it.
  private static func euros(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return "EUR\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  private static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) }
  }
}
