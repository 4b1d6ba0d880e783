public import Receivables

/// A dated table of one statutory or reference rate (`mappings/rates/NAME.yaml`): each row says
/// from which day a rate applies, where it was published and when someone checked it.
public struct RateTable: Sendable {
  /// One row: the rate in force from `from` until the next row's date.
  public struct Period: Sendable, Hashable {
    public var from: LocalDate
    public var rate: AnnualRate
    /// Where the rate was published (a URL or the official publication).
    public var source: String
    /// When the row was checked against its source.
    public var verifiedOn: LocalDate?

    public init(from: LocalDate, rate: AnnualRate, source: String, verifiedOn: LocalDate? = nil) {
      self.from = from
      self.rate = rate
      self.source = source
      self.verifiedOn = verifiedOn
    }
  }

  /// The table's name, which is its file name without `.yaml` ("nl-commercial").
  public let name: String
  /// What the rate is, for explanations.
  public let title: String
  /// The last day the newest row is known to apply; later days use it with a warning.
  public let verifiedThrough: LocalDate
  /// The rows, oldest first.
  public let periods: [Period]

  /// A table; rows are put in date order.
  /// - Throws: `ChargeError` when it has no rows or two rows start on the same day.
  public init(name: String, title: String, verifiedThrough: LocalDate, periods: [Period])
    throws(ChargeError)
  {
    let sorted = periods.sorted { $0.from < $1.from }
    guard !sorted.isEmpty else {
      throw ChargeError(
        .rateTable, "the rate table \(name) has no rows",
        fix: "add a row per period: from, rate, source, verifiedOn")
    }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.from == later.from {
      throw ChargeError(
        .rateTable, "the rate table \(name) has two rows from \(later.from)",
        fix: "keep one row per date")
    }
    self.name = name
    self.title = title
    self.verifiedThrough = verifiedThrough
    self.periods = sorted
  }

  /// The rate in force on `date`.
  /// - Throws: `ChargeError` when `date` lies before the table's first row.
  public func rate(on date: LocalDate) throws(ChargeError) -> AnnualRate {
    guard let row = periods.last(where: { $0.from <= date }) else {
      throw ChargeError(
        .beforeTable,
        "the rate table \(name) starts on \(periods[0].from); there is no rate for \(date)",
        fix: "add the earlier rows to mappings/rates/\(name).yaml, or compute from a later date")
    }
    return row.rate
  }

  /// The days after `start` up to and including `end` on which a new row starts.
  public func changes(after start: LocalDate, through end: LocalDate) -> [LocalDate] {
    periods.map(\.from).filter { $0 > start && $0 <= end }
  }
}
