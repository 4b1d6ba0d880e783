public import Receivables

/// Everything one reconciliation books at once: allocations, write-offs, credit nettings,
/// reversals and undone allocations, the payers it learned, and the payments left for a
/// person. One transaction: all of it or nothing.
public struct ReconciliationBooking: Sendable {
  /// What started it.
  public var trigger: BookingTrigger
  public var allocations: [Allocation] = []
  public var writeOffs: [WriteOff] = []
  public var nettings: [CreditNetting] = []
  public var reversals: [PaymentReversal] = []
  public var undos: [AllocationUndo] = []
  public var learnedPayers: [LearnedPayer] = []
  /// Payments the rules must leave alone from now on (a person took their allocation back).
  public var manualOnly: [String] = []
  /// The payments left with money unallocated, with their suggestions, for the unmatched file.
  public var unmatched: [UnmatchedPayment] = []

  public init(trigger: BookingTrigger) {
    self.trigger = trigger
  }

  /// Whether it changes no amount in the ledger.
  public var booksNothing: Bool {
    allocations.isEmpty && writeOffs.isEmpty && nettings.isEmpty && reversals.isEmpty
      && undos.isEmpty
  }
}

/// A reversal or returned payment taking back (part of) an earlier payment.
public struct PaymentReversal: Hashable, Sendable {
  /// The reversal's own bank reference.
  public var reversalReference: String
  /// The payment it takes back.
  public var originalReference: String
  /// How much of the original it takes back (at most what was not taken back before): its
  /// unallocated rest first, then its allocations in force, newest first.
  public var amount: Money
  public var explanation: String

  public init(
    reversalReference: String, originalReference: String, amount: Money, explanation: String
  ) {
    self.reversalReference = reversalReference
    self.originalReference = originalReference
    self.amount = amount
    self.explanation = explanation
  }
}

/// Takes back (part of) what a payment allocated to an item: the item opens again by the amount.
public struct AllocationUndo: Hashable, Sendable {
  public var paymentReference: String
  public var itemNumber: String
  /// How much to take back; the newest allocations go first, the last one in part if need be.
  public var amount: Money
  public var reason: String

  public init(paymentReference: String, itemNumber: String, amount: Money, reason: String) {
    self.paymentReference = paymentReference
    self.itemNumber = itemNumber
    self.amount = amount
    self.reason = reason
  }
}

/// An IBAN found to belong to a customer, and how arflow learned it.
public struct LearnedPayer: Hashable, Sendable {
  public var iban: String
  public var customerID: String
  public var source: PayerSource
  /// The payment that taught it; undoing that payment's allocations forgets it again.
  public var paymentReference: String?

  public init(
    iban: String, customerID: String, source: PayerSource, paymentReference: String?
  ) {
    self.iban = iban
    self.customerID = customerID
    self.source = source
    self.paymentReference = paymentReference
  }
}

/// What started a reconciliation; stored with it (`reconciliation.trigger`): the raw values
/// never change.
public enum BookingTrigger: String, Sendable, Codable, CaseIterable {
  /// `arflow run`, `arflow match` or the watch service's daily pass.
  case matchRun = "match run"
  /// A person's `arflow allocate`.
  case allocate = "arflow allocate"
  /// A person's `arflow unallocate`.
  case unallocate = "arflow unallocate"
}

/// How arflow learned that an IBAN belongs to a customer; stored with it
/// (`known_payer.source`): the raw values never change.
public enum PayerSource: String, Sendable, Codable, CaseIterable {
  /// The customer master's `iban` column.
  case customerMaster = "customer master"
  /// An e-invoice's buyer account (BT-91).
  case eInvoice = "e-invoice"
  /// A payment matched by its reference or document number.
  case confirmedMatch = "confirmed match"
  /// A person allocated the payment by hand.
  case manualAllocation = "manual allocation"
}
