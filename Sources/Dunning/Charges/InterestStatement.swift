public import Receivables

/// Late-payment interest on a principal, worked out period by period so a letter, a manifest and
/// the calculator can show how it was computed.
public struct InterestStatement: Sendable, Hashable {
  /// Days at one rate on one base.
  public struct Period: Sendable, Hashable {
    /// The first and last day of the period, both counted.
    public var from: LocalDate
    public var to: LocalDate
    public var days: Int
    public var rate: AnnualRate
    /// The amount interest is computed on: the principal, plus earlier years' interest where it
    /// compounds.
    public var base: Money
    /// The period's interest, rounded half-up to the currency's minor unit.
    public var amount: Money
  }

  public let rule: InterestRule
  public let principal: Money
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

  /// Days from the due date to the end: the difference of the two dates.
  public var days: Int { periods.reduce(0) { $0 + $1.days } }
}
