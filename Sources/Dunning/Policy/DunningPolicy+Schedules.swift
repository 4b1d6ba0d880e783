import Foundation
import Receivables

extension DunningPolicy {
  /// One schedule of the new form, checked.
  static func schedule(_ name: String, _ form: PolicyForm.ScheduleForm) throws(PolicyProblem)
    -> DunningSchedule
  {
    let base: [PolicyProblem.Step] = [.key("schedules"), .key(name)]
    let path = ["schedules", name]
    guard let written = form.levels else {
      throw PolicyProblem(
        base, "schedule \(name) has no 'levels'",
        fix: "add its levels, or 'levels: []' for a schedule that never reminds")
    }
    var levels: [DunningLevel] = []
    let firstNumber = written.first.map { ($0.days ?? 0) < 0 ? 0 : 1 } ?? 1
    var lastDays: Int?
    for (offset, level) in written.enumerated() {
      let at = base + [.key("levels"), .index(offset)]
      let checked = try self.level(level, number: firstNumber + offset, at: at)
      if levels.contains(where: { $0.name == checked.name }) {
        throw PolicyProblem(
          at + [.key("name")], "a second level is named '\(checked.name)'",
          fix: "give each level of a schedule its own name")
      }
      if let previous = levels.last {
        if previous.handover != nil {
          throw PolicyProblem(
            at, "level \(checked.name) follows the handover level \(previous.name)",
            fix: "make the handover level the last one")
        }
        if previous.isFinal && checked.handover == nil {
          throw PolicyProblem(
            at, "level \(checked.name) follows the final notice \(previous.name)",
            fix: "mark the last notice before handover with 'final: true', not an earlier one")
        }
      }
      switch checked.timing {
      case .days(let days):
        if days < 0 && offset > 0 {
          throw PolicyProblem(
            at + [.key("days")], "only the first level can come before the due date",
            fix: "write the courtesy reminder (negative days) first, or days of 0 or more here")
        }
        if let lastDays, days <= lastDays {
          throw PolicyProblem(
            at + [.key("days")],
            "level \(checked.name) at \(days) days does not come after the level before it (\(lastDays) days)",
            fix: "make days grow from level to level")
        }
        lastDays = days
      case .afterPrevious:
        if checked.number <= 1 {
          throw PolicyProblem(
            at + [.key("afterPrevious")],
            "the first level after the due date has no previous level to count from",
            fix: "write 'days: N' (days after the due date) for this level")
        }
      }
      levels.append(checked)
    }
    var minimumOpen: [Currency: Money] = [:]
    for (code, text) in form.minimumOpen ?? [:] {
      let at = base + [.key("minimumOpen"), .key(code)]
      let currency = try Self.currency(code, at: at)
      let amount = try Self.amount(text, currency: currency, at: at)
      guard !amount.isNegative else {
        throw PolicyProblem(at, "a minimum cannot be negative", fix: "write 0 or more")
      }
      minimumOpen[currency] = amount
    }
    let law = try form.law.map { text throws(PolicyProblem) in
      guard let law = Law(rawValue: text) else {
        throw PolicyProblem(
          base + [.key("law")], "'\(text)' is not a law arflow knows",
          fix: "write one of: \(Law.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return law
    }
    let order = try form.allocationOrder.map { text throws(PolicyProblem) in
      guard let order = AllocationOrder(rawValue: text) else {
        throw PolicyProblem(
          base + [.key("allocationOrder")], "'\(text)' is not an allocation order",
          fix: "write principal-first or charges-first")
      }
      return order
    }
    return DunningSchedule(
      name: name, levels: levels,
      minimumDaysBetweenDocuments: try days(
        form.minimumDaysBetweenDocuments, default: 7,
        at: path + ["minimumDaysBetweenDocuments"]),
      minimumOpen: minimumOpen,
      graceDays: try days(form.graceDays, default: 0, at: path + ["graceDays"]),
      review: form.review ?? false, law: law ?? .none, allocationOrder: order ?? .principalFirst)
  }

  /// One level of the new form, checked on its own.
  private static func level(
    _ form: PolicyForm.LevelForm, number: Int, at path: [PolicyProblem.Step]
  ) throws(PolicyProblem) -> DunningLevel {
    guard let name = form.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
      throw PolicyProblem(path, "the level has no name", fix: "add 'name: …'")
    }
    let timing: DunningLevel.Timing
    switch (form.days, form.afterPrevious) {
    case (let days?, nil): timing = .days(days)
    case (nil, let days?):
      guard days >= 1 else {
        throw PolicyProblem(
          path + [.key("afterPrevious")], "\(days) days after the previous level is too soon",
          fix: "write 1 or more days")
      }
      timing = .afterPrevious(days)
    case (.some, .some):
      throw PolicyProblem(
        path, "level \(name) has both 'days' and 'afterPrevious'",
        fix: "keep one: days after the due date, or days after the previous level")
    case (nil, nil):
      throw PolicyProblem(
        path, "level \(name) says neither when it is due ('days') nor 'afterPrevious'",
        fix: "add 'days: N' (days after the due date, negative before it) or 'afterPrevious: N'")
    }
    let charges = LevelCharges(
      fee: try form.fee.map { fee throws(PolicyProblem) in
        try Self.fee(fee, at: path + [.key("fee")])
      },
      interest: try rule(
        form.interest, of: ChargeRule.interestRules, at: path + [.key("interest")]),
      costs: try rule(form.costs, of: ChargeRule.costRules, at: path + [.key("costs")]),
      fourteenDayLetter: form.fourteenDayLetter ?? false)
    if let agency = form.handover, agency.trimmingCharacters(in: .whitespaces).isEmpty {
      throw PolicyProblem(
        path + [.key("handover")], "names no agency", fix: "write the agency's mapping name")
    }
    return DunningLevel(
      number: number, name: name, timing: timing,
      channel: try channel(form.channel, default: .letter, at: path + [.key("channel")]),
      template: try template(form.template, default: name, at: path + [.key("template")]),
      isFinal: form.final ?? false, charges: charges, handover: form.handover)
  }

  /// The old one-level form, read as the schedule `default`.
  static func oldSchedule(_ written: [PolicyForm.OldLevelForm]) throws(PolicyProblem)
    -> DunningSchedule
  {
    var levels: [DunningLevel] = []
    for (offset, level) in written.enumerated() {
      let at: [PolicyProblem.Step] = [.key("levels"), .index(offset)]
      guard let name = level.name, !name.isEmpty else {
        throw PolicyProblem(at, "the level has no name", fix: "add 'name: …'")
      }
      guard let days = level.daysOverdue else {
        throw PolicyProblem(at, "level \(name) has no 'daysOverdue'", fix: "add 'daysOverdue: N'")
      }
      guard days >= 0, levels.last.flatMap(\.days).map({ $0 < days }) ?? true else {
        throw PolicyProblem(
          at + [.key("daysOverdue")], "level \(name) must come later than the level before it",
          fix: "make daysOverdue 0 or more and increase from level to level")
      }
      let fee = try level.fee.map { text throws(PolicyProblem) in
        try Self.fee(.decimal(text), at: at + [.key("fee")])
      }
      levels.append(
        DunningLevel(
          number: offset + 1, name: name, timing: .days(days),
          channel: try channel(level.channel, default: .letter, at: at + [.key("channel")]),
          charges: LevelCharges(fee: fee)))
    }
    return DunningSchedule(name: "default", levels: levels)
  }

  private static func fee(_ form: PolicyForm.FeeForm, at path: [PolicyProblem.Step])
    throws(PolicyProblem) -> LevelFee
  {
    switch form {
    case .decimal(let text):
      _ = try amount(text, currency: .eur, at: path)
      return LevelFee(decimal: text)
    case .perCurrency(let amounts):
      var perCurrency: [Currency: Money] = [:]
      for (code, text) in amounts {
        let currency = try currency(code, at: path + [.key(code)])
        perCurrency[currency] = try amount(text, currency: currency, at: path + [.key(code)])
      }
      return LevelFee(decimal: nil, perCurrency: perCurrency)
    }
  }

  private static func rule(_ text: String?, of known: Set<String>, at path: [PolicyProblem.Step])
    throws(PolicyProblem) -> ChargeRule?
  {
    guard let text else { return nil }
    guard known.contains(text), let rule = ChargeRule(rawValue: text) else {
      throw PolicyProblem(
        path, "'\(text)' is not a rule",
        fix: "write one of: \(known.sorted().joined(separator: ", "))")
    }
    return rule
  }

  private static func currency(_ code: String, at path: [PolicyProblem.Step]) throws(PolicyProblem)
    -> Currency
  {
    do {
      return try Currency(code: code)
    } catch {
      throw PolicyProblem(path, error.message, fix: "write an ISO 4217 code such as EUR")
    }
  }

  private static func amount(_ text: String, currency: Currency, at path: [PolicyProblem.Step])
    throws(PolicyProblem) -> Money
  {
    do {
      return try Money(decimal: text, currency: currency)
    } catch {
      throw PolicyProblem(path, error.message, fix: "write the amount like \"5.00\"")
    }
  }
}
