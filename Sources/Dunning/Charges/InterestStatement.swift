public import Receivables

/// Late-payment interest on a principal, worked out period by period so a letter, a manifest and
/// the calculator can show how it was computed.
public struct InterestStatement: Sendable, Hashable {
  /// Days at one rate on one base.
  public struct Period: Sendable, Hashable {
    /// The first day of the period, counted.
    public var from: LocalDate
    /// The last day of the period, counted.
    public var to: LocalDate
    /// The days the period counts under the statement's day count.
    public var days: Int
    /// The yearly rate of the period, spread included.
    public var rate: AnnualRate
    /// The amount interest is computed on: the principal, plus earlier years' interest where it
    /// compounds.
    public var base: Money
    /// The period's interest, rounded half-up to the currency's minor unit.
    public var amount: Money
  }

  /// The rule the interest follows.
  public let rule: InterestRule
  /// The amount owed interest is computed on.
  public let principal: Money
  /// How days were counted.
  public let dayCount: DayCount
  /// The day after the due date: the first day interest runs.
  public let start: LocalDate
  /// The last day counted.
  public let end: LocalDate
  public let periods: [Period]
  /// The sum of the periods.
  public let total: Money
  /// Rate tables that were used past the day they are verified through, with what to do.
  public let warnings: [String]

  /// The days counted: the difference of the due date and the end date (under 30/360, the days
  /// that convention counts).
  public var days: Int { periods.reduce(0) { $0 + $1.days } }
}
