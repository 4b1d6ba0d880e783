public import Receivables

/// A summary of the ledger on a date: what is open, what is overdue, what came in.
public struct LedgerStatus: Sendable, Equatable {
  /// Items with something still open.
  public var openItems = 0
  /// Open amount per currency.
  public var openAmount: [Currency: Money] = [:]
  /// Open amount past its due date per currency.
  public var overdueAmount: [Currency: Money] = [:]
  public var payments = 0
  /// Payments with an unallocated rest.
  public var unallocatedPayments = 0
  public var filesProcessed = 0
  public var filesFailed = 0
  public var filesDuplicate = 0
  /// Files per day over the last seven days up to the status date, newest first.
  public var recentFiles: [DailyFileCount] = []
  /// The as-of date and finish time of the last completed run.
  public var lastRun: (asOf: LocalDate, finishedAt: String)?
  /// Statements booked although their balances do not add up, oldest first.
  public var unprovenStatements: [StoredUnprovenStatement] = []

  public init() {}

  public static func == (lhs: LedgerStatus, rhs: LedgerStatus) -> Bool {
    lhs.openItems == rhs.openItems && lhs.openAmount == rhs.openAmount
      && lhs.overdueAmount == rhs.overdueAmount && lhs.payments == rhs.payments
      && lhs.unallocatedPayments == rhs.unallocatedPayments
      && lhs.filesProcessed == rhs.filesProcessed && lhs.filesFailed == rhs.filesFailed
      && lhs.filesDuplicate == rhs.filesDuplicate && lhs.recentFiles == rhs.recentFiles
      && lhs.lastRun?.asOf == rhs.lastRun?.asOf
      && lhs.lastRun?.finishedAt == rhs.lastRun?.finishedAt
      && lhs.unprovenStatements == rhs.unprovenStatements
  }
}

/// How many files were processed, failed and found duplicate on one day.
public struct DailyFileCount: Sendable, Equatable {
  public var date: LocalDate
  public var processed = 0
  public var failed = 0
  public var duplicates = 0
}
