public import Receivables

/// The records read from one inbox file, to be stored together with the file's hash.
public struct FileImport: Sendable {
  /// SHA-256 of the file's bytes, lowercase hex: the file's identity.
  public var sha256: String
  /// The file's name as it was dropped.
  public var name: String
  /// What the file was read as: "open-items", "bank-statement".
  public var kind: FileKind
  /// The run date (`--as-of`).
  public var processedOn: LocalDate
  public var customers: [Customer]
  public var items: [OpenItem]
  public var payments: [Payment]
  public var creditAssessments: [CreditAssessment] = []
  /// Bank statements of the file booked although their balances do not add up: stored with
  /// the file and its payments, in the same transaction.
  public var unprovenStatements: [UnprovenStatement] = []
  /// The rows of a holds file: pauses, disputes, promises and resumes, applied in the file's
  /// transaction, each in its own savepoint (a row the ledger refuses is left out alone).
  public var holdInstructions: [HoldInstruction] = []
  /// The mapping the file was read with, stored with its items.
  public var mapping: String?
  /// True when the file lists every open item of its mapping: items of that mapping missing
  /// from it are closed as settled outside arflow.
  public var isFullSnapshot = false
  /// For a full snapshot: the most (percent) of its mapping's open items it may close unless a
  /// person confirmed this file (`confirmed_snapshot`).
  public var snapshotGuardPercent = 20
  /// How many records of the file were rejected (explained elsewhere, in NAME.error.txt).
  public var rejected: Int
  /// True when the file's customer details only fill gaps (an e-invoice's buyer); false when
  /// the file is the customer master and overwrites what it states.
  public var customersFillGapsOnly = false

  public init(
    sha256: String, name: String, kind: FileKind, processedOn: LocalDate,
    customers: [Customer] = [], items: [OpenItem] = [], payments: [Payment] = [], rejected: Int = 0
  ) {
    self.sha256 = sha256
    self.name = name
    self.kind = kind
    self.processedOn = processedOn
    self.customers = customers
    self.items = items
    self.payments = payments
    self.rejected = rejected
  }

  public var recordCount: Int {
    customers.count + items.count + payments.count + creditAssessments.count
      + holdInstructions.count
  }
}

/// What storing a file changed in the ledger.
public struct ImportSummary: Sendable, Equatable {
  public var customersAdded = 0
  public var customersUpdated = 0
  public var itemsAdded = 0
  public var itemsChanged = 0
  public var itemsUnchanged = 0
  public var paymentsAdded = 0
  /// Payments whose bank identity was already in the ledger (from an overlapping statement).
  public var paymentsAlreadyKnown = 0
  public var creditAssessmentsAdded = 0
  /// Items closed because a full snapshot of their source no longer lists them.
  public var itemsClosedBySnapshot = 0
  /// Credit notes and corrections linked to the invoice they name (either may arrive first).
  public var itemsLinked = 0
  /// What the credit manager should know about this file's items: an invoice a credit note
  /// names that arflow does not know, a correction that leaves the corrected invoice open.
  public var notices: [String] = []
  /// Rows of a holds file recorded.
  public var holdsRecorded = 0
  /// Rows of a holds file the ledger refused (an unknown item, a promise in the past), each
  /// with its line and what to do.
  public var holdsRefused: [RefusedHold] = []

  public init() {}
}
