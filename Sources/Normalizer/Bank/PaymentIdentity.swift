import Receivables

/// Gives the payments of one statement their bank identity: the account plus the bank's own
/// reference with the booking date and amount when there is one (banks reuse MT940 references:
/// Danske writes "melding" on every transfer), otherwise a stable hash of account, booking
/// date, amount, counterparty and references plus the payment's position among identical
/// twins of that booking date in the statement. The same booking in an overlapping statement (the same day exported twice, an
/// MT942 followed by its MT940, a camt.053 and an MT940) gets the same identity.
struct PaymentIdentity {
  /// Identities seen on the current booking date; twins are counted per date, so a statement
  /// of a million entries keeps one day's identities, not all of them.
  private var twins: [String: Int] = [:]
  private var day: LocalDate?

  mutating func identify(_ payment: inout Payment) {
    if payment.bookingDate != day {
      twins.removeAll(keepingCapacity: true)
      day = payment.bookingDate
    }
    let account = payment.account.map(IBAN.accountKey) ?? ""
    if !payment.bankReference.isEmpty {
      // The bank's reference is unique per booking (and date and amount guard against banks
      // that reuse one): no twin count, so a statement of a million entries needs no table.
      payment.servicerReference = payment.bankReference
      payment.bankReference =
        "acct:\(account):\(payment.bankReference):\(payment.bookingDate.iso8601):\(payment.amount.minorUnits)"
      return
    }
    let fields = [
      account, payment.bookingDate.iso8601, String(payment.amount.minorUnits),
      payment.amount.currency.code, payment.counterpartyIBAN.map(IBAN.accountKey) ?? "",
      payment.counterpartyName ?? "", payment.endToEndID ?? "", payment.structuredReference ?? "",
      payment.remittanceText ?? "",
    ]
    let hash = StableHash.hex(of: fields.joined(separator: "\u{1F}"))
    let count = twins[hash, default: 0] + 1
    twins[hash] = count
    payment.bankReference = "hash:\(hash)" + (count > 1 ? "#\(count)" : "")
  }
}
