public import Receivables

/// One booked reconciliation as its files show it: every booking line and the payments left.
public struct ReconciliationRecord: Sendable {
  public var id: Int64
  public var asOf: LocalDate
  /// The how-many-th reconciliation of `asOf`, from 1.
  public var sequence: Int
  public var trigger: BookingTrigger
  public var lines: [ReconciliationLine]
  public var unmatched: [UnmatchedPayment]

  /// The files' common name: `2026-11-20-001`.
  public var fileStem: String {
    let number = String(sequence)
    return "\(asOf.iso8601)-\(String(repeating: "0", count: max(0, 3 - number.count)))\(number)"
  }
}

/// One line of the matched file: an allocation, a write-off, a netting, or an undo.
public struct ReconciliationLine: Hashable, Sendable {
  /// The bank's own reference (camt `AcctSvcrRef`, MT940 bank reference), else arflow's id.
  public var bankReference: String
  /// arflow's identity of the payment (empty for a netting).
  public var paymentID: String
  public var bookingDate: String
  public var payerName: String
  public var payerIBAN: String
  public var invoiceNumber: String
  /// Positive for a booking, negative for one taken back.
  public var amount: Money
  public var rule: String
  public var confidence: Int?
  public var customerID: String
  /// The other item of a netting (the credit note).
  public var counterItem: String
  public var explanation: String
}
