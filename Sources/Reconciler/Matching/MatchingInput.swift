public import Receivables

/// Everything the matcher looks at: what is open and unallocated now, and who pays from where.
///
/// The matcher only ever sees the current state, so running it again on its own output
/// allocates nothing new.
public struct MatchingInput: Sendable {
  /// The items open now: invoices with a positive open amount, credit notes with a negative
  /// one. Settled items may be left in; they are ignored.
  public var items: [OpenItem]
  /// The customers, for their names; items of customers not listed can still be matched by
  /// reference, number and known payer.
  public var customers: [Customer]
  /// The IBANs customers are known to pay from.
  public var knownPayers: KnownPayers
  /// The payments with something left to allocate, in booking order. Debits, reversals and
  /// returns may be included: they are never allocated.
  public var payments: [PaymentBalance]
  /// References that stand for several items, with the items' numbers: a reminder letter's own
  /// RF reference, a payment arrangement's instalment references. A payment quoting one pays
  /// those items, oldest first, as it would pay an item quoting its own.
  public var sharedReferences: [String: [String]]

  public init(
    items: [OpenItem], customers: [Customer] = [], knownPayers: KnownPayers = [:],
    payments: [PaymentBalance], sharedReferences: [String: [String]] = [:]
  ) {
    self.items = items
    self.customers = customers
    self.knownPayers = knownPayers
    self.payments = payments
    self.sharedReferences = sharedReferences
  }
}
