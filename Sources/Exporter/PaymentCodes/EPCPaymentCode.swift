/// An EPC069-12 "SEPA Credit Transfer" QR payload (the "GiroCode"/"Scan to pay" standard).
public struct EPCPaymentCode: Sendable {
  /// The text to put in the QR code: version 002, UTF-8, lines joined by "\n", no trailing lines.
  public let payload: String

  /// Checks every detail against the EPC069-12 guidelines and builds the payload.
  /// - Parameters:
  ///   - beneficiaryName: who is paid, at most 70 characters.
  ///   - iban: the beneficiary's IBAN; spaces and lower case are accepted.
  ///   - bic: the beneficiary bank's BIC (8 or 11 characters); optional in version 002.
  ///   - amountInCents: 1 (€ 0.01) up to 99,999,999,999 (€ 999,999,999.99).
  ///   - currency: must be "EUR".
  ///   - creditorReference: an ISO 11649 reference ("RF18 5390 0754 7034"); spaces are removed.
  ///   - remittanceText: free text of at most 140 characters, when there is no creditor reference.
  /// - Throws: `EPCPaymentCodeError` naming the detail that breaks a rule and how to fix it.
  public init(
    beneficiaryName: String, iban: String, bic: String?, amountInCents: Int64, currency: String,
    creditorReference: String?, remittanceText: String?
  ) throws(EPCPaymentCodeError) {
    try Self.checkCurrency(currency)
    let name = try Self.checkedName(beneficiaryName)
    let account = try Self.checkedIBAN(iban)
    let bank = try Self.checkedBIC(bic)
    let amount = try Self.checkedAmount(amountInCents)
    let reference = try Self.checkedReference(creditorReference)
    let text = try Self.checkedRemittanceText(remittanceText)
    if reference != nil, text != nil {
      throw EPCPaymentCodeError(
        .referenceAndText, field: "payment reference",
        problem: "has both a creditor reference and a remittance text",
        fix: "A SEPA payment QR code holds one of them: keep the RF creditor reference and "
          + "leave the remittance text empty.")
    }
    var lines = [
      "BCD", "002", "1", "SCT", bank ?? "", name, account, amount, "", reference ?? "", text ?? "",
    ]
    while lines.last == "" { lines.removeLast() }
    let payload = lines.joined(separator: "\n")
    let bytes = payload.utf8.count
    guard bytes <= Self.maximumPayloadBytes else {
      throw EPCPaymentCodeError(
        .tooLong, field: "payment details",
        problem: "take \(bytes) bytes, more than the \(Self.maximumPayloadBytes) a SEPA payment "
          + "QR code may hold",
        fix: "Shorten the beneficiary name or the remittance text.")
    }
    self.payload = payload
  }

  /// Byte capacity of a QR code version 13 at error-correction level M, the guidelines' limit.
  static let maximumPayloadBytes = 331
}
