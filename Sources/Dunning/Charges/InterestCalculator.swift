public import Receivables

/// Computes statutory late-payment interest from the rate tables. Interest runs from the day after
/// the due date up to and including the end date; the time is split at every rate change (and, for
/// the Dutch rules, at every anniversary of the start of default, when the year's interest is
/// added to the base); each period's interest is rounded half-up and the periods are added.
public struct InterestCalculator: Sendable {
  /// The rate tables the rules read.
  public let tables: RateTables

  /// A calculator on `tables`.
  public init(tables: RateTables) {
    self.tables = tables
  }

  /// The interest on `principal`, due on `due`, up to and including `end`.
  /// - Parameters:
  ///   - principal: the amount owed, in any currency (rounding follows its minor unit).
  ///   - due: the due date; interest starts the day after.
  ///   - end: the last day counted.
  ///   - rule: the statutory rule.
  ///   - dayCount: how days are counted (actual/365 unless a policy says otherwise).
  /// - Throws: `ChargeError`: a missing table, a day before its first row, an end before the due
  ///   date, a negative principal.
  public func interest(
    on principal: Money, due: LocalDate, through end: LocalDate, rule: InterestRule,
    dayCount: DayCount = .actual365
  ) throws(ChargeError) -> InterestStatement {
    guard !principal.isNegative else {
      throw ChargeError(
        .amount, "interest is computed on an amount owed, not on \(principal)",
        fix: "give the open principal as a positive amount")
    }
    guard end >= due else {
      throw ChargeError(
        .dates, "the end date \(end) lies before the due date \(due)",
        fix: "give an end date on or after the due date")
    }
    let table = try tables.table(rule.table)
    let start = due.adding(days: 1)
    var cuts = Set<LocalDate>()
    switch rule.sampling {
    case .daily: cuts.formUnion(table.changes(after: start, through: end))
    case .halfYear: cuts.formUnion(Self.halfYearStarts(after: start, through: end))
    case .fixedAtDueDate: break
    }
    let anniversaries = rule.compoundsYearly ? Self.anniversaries(of: start, through: end) : []
    cuts.formUnion(anniversaries)
    if dayCount == .actualActual { cuts.formUnion(Self.newYears(after: start, through: end)) }
    // For a rule that reads the rate of each day, the days past the table's verified day form
    // periods of their own, so a letter shows from when the last known rate is assumed.
    let unverifiedFrom = table.verifiedThrough.adding(days: 1)
    if rule.sampling == .daily, unverifiedFrom > start, unverifiedFrom <= end {
      cuts.insert(unverifiedFrom)
    }
    var fixedRate: AnnualRate?
    if rule.sampling == .fixedAtDueDate {
      fixedRate = try rate(rule, table, Self.ukReference(due))
    }

    var periods: [InterestStatement.Period] = []
    var base = principal
    var thisYear = Money.zero(principal.currency)
    let starts = end < start ? [] : [start] + cuts.sorted()
    for (index, from) in starts.enumerated() {
      let to = index + 1 < starts.count ? starts[index + 1].adding(days: -1) : end
      var rate = fixedRate
      if rate == nil { rate = try self.rate(rule, table, from) }
      guard let rate else { continue }
      do throws(MoneyError) {
        if anniversaries.contains(from) {
          base = try base + thisYear
          thisYear = .zero(principal.currency)
        }
        let days = dayCount.days(from: from, through: to)
        let amount = try base.multiplied(
          byFraction: rate.millionths * Int64(days),
          over: 1_000_000 * dayCount.yearLength(from.year))
        thisYear = try thisYear + amount
        periods.append(
          .init(from: from, to: to, days: days, rate: rate, base: base, amount: amount))
      } catch {
        throw ChargeError(
          .amount, "the interest on \(principal) is too large to compute (\(error))",
          fix: "check the amount")
      }
    }
    let total: Money
    do throws(MoneyError) {
      total = try Money.sum(periods.map(\.amount), currency: principal.currency)
    } catch {
      throw ChargeError(
        .amount, "the interest on \(principal) is too large to add up", fix: "check the amount")
    }
    var warnings: [String] = []
    let unverified = periods.filter {
      Self.sampledDay(of: $0.from, due: due, rule.sampling) > table.verifiedThrough
    }
    if let first = unverified.first {
      warnings.append(
        "the rate table \(table.name) is verified through \(table.verifiedThrough); from "
          + "\(first.from) the last known rate is assumed (\(first.rate) % with the rule's "
          + "spread): update mappings/rates/\(table.name).yaml")
    }
    return InterestStatement(
      rule: rule, principal: principal, dayCount: dayCount, start: start, end: end,
      periods: periods, total: total, warnings: warnings)
  }

  /// The day whose table row sets the rate of `day`: the day itself, the first day of its
  /// half-year, or (UK) the reference day of the due date.
  static func sampledDay(of day: LocalDate, due: LocalDate, _ sampling: InterestRule.Sampling)
    -> LocalDate
  {
    switch sampling {
    case .daily: day
    case .halfYear: halfYearStart(of: day)
    case .fixedAtDueDate: ukReference(due)
    }
  }

  /// The rule's rate for a day: the table's (as the rule samples it) plus the spread, never
  /// below zero.
  private func rate(_ rule: InterestRule, _ table: RateTable, _ day: LocalDate)
    throws(ChargeError) -> AnnualRate
  {
    let sampled = rule.sampling == .halfYear ? Self.halfYearStart(of: day) : day
    return max(try table.rate(on: sampled) + rule.spread, AnnualRate(millionths: 0))
  }

  /// 1 January or 1 July of the day's half-year.
  static func halfYearStart(of day: LocalDate) -> LocalDate {
    (try? LocalDate(year: day.year, month: day.month <= 6 ? 1 : 7, day: 1)) ?? day
  }

  /// Every 1 January and 1 July after `start` up to `end`.
  static func halfYearStarts(after start: LocalDate, through end: LocalDate) -> [LocalDate] {
    guard end > start else { return [] }
    var days: [LocalDate] = []
    for year in start.year...end.year {
      for month in [1, 7] {
        guard let day = try? LocalDate(year: year, month: month, day: 1), day > start, day <= end
        else { continue }
        days.append(day)
      }
    }
    return days
  }

  /// Every 1 January after `start` up to `end`.
  static func newYears(after start: LocalDate, through end: LocalDate) -> [LocalDate] {
    halfYearStarts(after: start, through: end).filter { $0.month == 1 }
  }

  /// The anniversaries of `start` up to `end`: the first day of each new year of default. A
  /// year begun on 29 February ends on 28 February in a common year, so the next begins on
  /// 1 March.
  static func anniversaries(of start: LocalDate, through end: LocalDate) -> Set<LocalDate> {
    var days = Set<LocalDate>()
    var years = 1
    while true {
      var day = start.adding(months: 12 * years)
      if start.month == 2, start.day == 29, day.day == 28 { day = day.adding(days: 1) }
      guard day <= end else { return days }
      days.insert(day)
      years += 1
    }
  }

  /// The UK reference day for a debt due on `due`: 31 December before a due date in
  /// January–June, 30 June before one in July–December.
  static func ukReference(_ due: LocalDate) -> LocalDate {
    let day =
      due.month <= 6
      ? try? LocalDate(year: due.year - 1, month: 12, day: 31)
      : try? LocalDate(year: due.year, month: 6, day: 30)
    return day ?? due
  }
}
