public import Receivables

/// The credit manager's choices for a matching run.
public struct MatchingSettings: Hashable, Sendable {
  /// What open credit notes are netted against.
  public enum CreditNoteNetting: String, Hashable, Sendable, CaseIterable {
    /// Only against the invoice the credit note refers to (its BT-25 preceding invoice).
    case referredInvoices
    /// Against the referred invoice first, then against the customer's oldest open invoices.
    case oldestItems
    /// Credit notes stay open until a person nets them.
    case never
  }

  /// The largest shortfall written off per currency (bank charges, rounding); a currency not
  /// listed has no tolerance. Overpayments are never written off: the surplus stays with the
  /// payment as the customer's credit.
  public var tolerances: [Currency: Money]
  /// The reason recorded with a write-off within the tolerance.
  public var writeOffReason: String
  public var creditNoteNetting: CreditNoteNetting
  /// The most open items one known-payer payment may be matched to by its amount.
  public var maxSubsetSize: Int
  /// How many of a customer's oldest open items the sum search looks at.
  public var maxSubsetItems: Int
  /// How many suggestions an unmatched payment gets.
  public var suggestionsPerPayment: Int
  /// Threads for the read-only steps (reading remittance texts, writing explanations). The
  /// result never depends on it.
  public var workers: Int

  public init(
    tolerances: [Currency: Money] = [:],
    writeOffReason: String = "bank charges or rounding within tolerance",
    creditNoteNetting: CreditNoteNetting = .referredInvoices, maxSubsetSize: Int = 4,
    maxSubsetItems: Int = 20, suggestionsPerPayment: Int = 3, workers: Int = 2
  ) {
    self.tolerances = tolerances
    self.writeOffReason = writeOffReason
    self.creditNoteNetting = creditNoteNetting
    self.maxSubsetSize = maxSubsetSize
    self.maxSubsetItems = maxSubsetItems
    self.suggestionsPerPayment = suggestionsPerPayment
    self.workers = workers
  }

  /// The tolerance in minor units for `currency`; zero when none is set or it is in another
  /// currency.
  func toleranceMinorUnits(for currency: Currency) -> Int64 {
    guard let tolerance = tolerances[currency], tolerance.currency == currency else { return 0 }
    return max(0, tolerance.minorUnits)
  }
}
