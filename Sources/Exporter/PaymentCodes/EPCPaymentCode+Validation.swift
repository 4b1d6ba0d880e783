import Foundation

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
    let compact = iban.filter { !$0.isWhitespace }.uppercased()
    let fix = "Copy the IBAN exactly as it appears on a bank statement (spaces are fine)."
    let shape = #/[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}/#
    guard compact.wholeMatch(of: shape) != nil else {
      throw EPCPaymentCodeError(
        .iban, field: "IBAN",
        problem: "is not a valid IBAN: '\(iban)' should be a country code, two check digits "
          + "and the account number, 15 to 34 characters",
        fix: fix)
    }
    guard mod97(compact) == 1 else {
      throw EPCPaymentCodeError(
        .iban, field: "IBAN",
        problem: "is not a valid IBAN: the check digits of '\(iban)' do not match the account "
          + "number, so one character is probably mistyped",
        fix: fix)
    }
    return compact
  }

  static func checkedBIC(_ bic: String?) throws(EPCPaymentCodeError) -> String? {
    let compact = (bic ?? "").filter { !$0.isWhitespace }.uppercased()
    guard !compact.isEmpty else { return nil }
    guard compact.wholeMatch(of: #/[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?/#) != nil else {
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
    guard compact.wholeMatch(of: #/RF[0-9]{2}[A-Z0-9]{1,21}/#) != nil, mod97(compact) == 1 else {
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

  /// ISO 7064 mod 97-10 over an IBAN or RF reference: the first four characters move to the end,
  /// letters count as 10…35; a valid code leaves remainder 1.
  private static func mod97(_ code: String) -> Int {
    let rotated = code.dropFirst(4) + code.prefix(4)
    var remainder = 0
    for character in rotated {
      guard let value = characterValue(character) else { return -1 }
      remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value
      remainder %= 97
    }
    return remainder
  }

  /// 0…9 for ASCII digits, 10…35 for A…Z, nil for anything else.
  private static func characterValue(_ character: Character) -> Int? {
    guard let ascii = character.asciiValue else { return nil }
    switch ascii {
    case 48...57: return Int(ascii) - 48
    case 65...90: return Int(ascii) - 55
    default: return nil
    }
  }

  private static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) }
  }
}
