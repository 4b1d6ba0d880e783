public import Receivables

/// The next level of an item and from which day its conditions hold.
public struct LevelStep: Sendable, Hashable {
  /// The condition that decides the day.
  public enum Condition: Sendable, Hashable {
    /// `days` after the due date, plus the schedule's grace days (negative: a courtesy
    /// reminder before the due date).
    case daysAfterDue(days: Int, grace: Int)
    /// `days` after the item's previous level `previous` was sent on `sentOn` (the gap
    /// between the two levels' days, at least the schedule's minimum interval).
    case spacing(days: Int, previous: Int, sentOn: LocalDate)
    /// `days` after the item's previous level `previous` was sent on `sentOn`, as the level's
    /// `afterPrevious` says.
    case afterPrevious(days: Int, previous: Int, sentOn: LocalDate)
    /// Not before the item may be dunned (a direct debit's collection date plus a margin).
    case dunnableFrom
  }

  /// 0 for the courtesy reminder, 1 for the first reminder.
  public var level: Int
  /// The level's name in the policy.
  public var name: String
  /// The first day the level's conditions hold.
  public var dueFrom: LocalDate
  /// The condition that sets `dueFrom`.
  public var condition: Condition

  public init(level: Int, name: String, dueFrom: LocalDate, condition: Condition) {
    self.level = level
    self.name = name
    self.dueFrom = dueFrom
    self.condition = condition
  }

  /// "level 2 (second-reminder), due from 2026-12-05: 21 days after the due date".
  public var summary: String {
    "level \(level) (\(name)), due from \(dueFrom.iso8601): \(conditionText)"
  }

  var conditionText: String {
    switch condition {
    case .daysAfterDue(let days, let grace):
      let when = days < 0 ? "\(-days) days before the due date" : "\(days) days after the due date"
      return grace > 0 ? "\(when) plus \(grace) grace days" : when
    case .spacing(let days, let previous, let sentOn):
      return "\(days) days after level \(previous) was sent on \(sentOn.iso8601)"
    case .afterPrevious(let days, let previous, let sentOn):
      return "\(days) days after level \(previous) was sent on \(sentOn.iso8601) (afterPrevious)"
    case .dunnableFrom:
      return "the item may not be dunned before then"
    }
  }
}
