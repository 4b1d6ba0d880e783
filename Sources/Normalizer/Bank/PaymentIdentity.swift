import Receivables

/// Gives the payments of one statement their bank identity: the account plus the bank's own
/// reference with the booking date and amount when there is one (banks reuse MT940 references:
/// Danske writes "melding" on every transfer), otherwise a stable hash of account, booking
/// date, amount, counterparty and references; either plus the payment's position among
/// identical twins in the statement. The same booking in an overlapping statement (the same day exported twice, an
/// MT942 followed by its MT940, a camt.053 and an MT940) gets the same identity.
struct PaymentIdentity {
  private var twins: [String: Int] = [:]

  mutating func identify(_ payment: inout Payment) {
    let account = payment.account.map(Self.compact) ?? ""
    if !payment.bankReference.isEmpty {
      let identity =
        "acct:\(account):\(payment.bankReference):\(payment.bookingDate.iso8601):\(payment.amount.minorUnits)"
      let count = twins[identity, default: 0] + 1
      twins[identity] = count
      payment.bankReference = identity + (count > 1 ? "#\(count)" : "")
      return
    }
    let fields = [
      account, payment.bookingDate.iso8601, String(payment.amount.minorUnits),
      payment.amount.currency.code, payment.counterpartyIBAN.map(Self.compact) ?? "",
      payment.counterpartyName ?? "", payment.endToEndID ?? "", payment.structuredReference ?? "",
      payment.remittanceText ?? "",
    ]
    let hash = StableHash.hex(of: fields.joined(separator: "\u{1F}"))
    let count = twins[hash, default: 0] + 1
    twins[hash] = count
    payment.bankReference = "hash:\(hash)" + (count > 1 ? "#\(count)" : "")
  }

  /// An account without spaces, upper-cased (`NL91 ABNA 0417 1643 00` → `NL91ABNA0417164300`).
  static func compact(_ account: String) -> String {
    String(account.filter { !$0.isWhitespace }).uppercased()
  }
}
