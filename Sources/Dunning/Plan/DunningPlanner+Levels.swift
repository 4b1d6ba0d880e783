import Receivables

extension DunningPlanner {
  /// Where an item stands in its schedule on a date.
  enum Position: Equatable {
    /// The next level's conditions hold: it goes now.
    case due(LevelStep)
    /// The next level's conditions do not hold yet.
    case waiting(LevelStep)
    /// The next level is a handover, not a document.
    case handover(LevelStep, agency: String)
    /// The schedule's last level was sent.
    case finished(level: Int)
    /// The schedule has no level for the item.
    case noLevel
  }

  /// The level due for an item: the one after the last level actually sent, when its condition
  /// holds on `date` (never skip, always catch up).
  ///
  /// - A courtesy level (negative `days`) goes only before the due date; an item found due
  ///   without one sent starts at level 1.
  /// - `days: N` holds from the due date plus N plus grace; for a level after another level,
  ///   also the gap between their days (at least the schedule's minimum interval) after the
  ///   previous level was sent.
  /// - `afterPrevious: N` holds N days after the previous level was sent.
  /// - Nothing holds before the item's `dunnableFrom`.
  static func position(
    of item: OpenItem, in schedule: DunningSchedule, last: (level: Int, sentOn: LocalDate)?,
    on date: LocalDate
  ) -> Position {
    let levels = schedule.levels
    guard let first = levels.first else { return .noLevel }
    var index: Int
    if let last {
      index = max(0, last.level - first.number + 1)
    } else {
      index = 0
      if first.isCourtesy && item.daysOverdue(on: date) >= 0 { index = 1 }
    }
    guard index < levels.count else {
      return last.map { .finished(level: $0.level) } ?? .noLevel
    }
    let level = levels[index]
    let step = self.step(level, of: item, in: schedule, last: last)
    if let agency = level.handover { return .handover(step, agency: agency) }
    return step.dueFrom <= date ? .due(step) : .waiting(step)
  }

  /// The first day `level`'s conditions hold for `item`, and the condition that sets it.
  private static func step(
    _ level: DunningLevel, of item: OpenItem, in schedule: DunningSchedule,
    last: (level: Int, sentOn: LocalDate)?
  ) -> LevelStep {
    var dueFrom: LocalDate
    var condition: LevelStep.Condition
    let previous = last.flatMap { $0.level >= 1 ? $0 : nil }
    switch level.timing {
    case .days(let days):
      let grace = days > 0 ? schedule.graceDays : 0
      dueFrom = item.dueDate.adding(days: days + grace)
      condition = .daysAfterDue(days: days, grace: grace)
      if let previous {
        let previousDays = schedule.level(numbered: previous.level)?.days
        let gap = max(
          previousDays.map { days - $0 } ?? 0, schedule.minimumDaysBetweenDocuments)
        let spaced = previous.sentOn.adding(days: gap)
        if spaced > dueFrom {
          dueFrom = spaced
          condition = .spacing(days: gap, previous: previous.level, sentOn: previous.sentOn)
        }
      }
    case .afterPrevious(let days):
      if let previous {
        dueFrom = previous.sentOn.adding(days: days)
        condition = .afterPrevious(days: days, previous: previous.level, sentOn: previous.sentOn)
      } else {
        // Only reachable when the history came from another schedule: count from the due date.
        dueFrom = item.dueDate.adding(days: days + schedule.graceDays)
        condition = .daysAfterDue(days: days, grace: schedule.graceDays)
      }
    }
    if let dunnableFrom = item.dunnableFrom, dunnableFrom > dueFrom {
      dueFrom = dunnableFrom
      condition = .dunnableFrom
    }
    return LevelStep(level: level.number, name: level.name, dueFrom: dueFrom, condition: condition)
  }
}
