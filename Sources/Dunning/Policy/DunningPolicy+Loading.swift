public import Configuration
public import Foundation
import Receivables

extension DunningPolicy {
  /// The new form, as error messages show it.
  static let newFormExample = """
    default: b2b
    segments: { B2B: b2b, B2C: b2c }
    schedules:
      b2b:
        levels:
          - { name: reminder, days: 7, channel: email-or-letter }
          - { name: final-notice, days: 35, channel: letter, final: true }
    """

  /// Reads `mappings/policy.yaml` strictly.
  /// - Throws: `ConfigurationError` naming the file, the line and what to write instead: a
  ///   misspelt key with the keys valid there, a value the policy cannot use, a schedule that
  ///   is named but not defined.
  public static func load(from file: URL, name: String? = nil) throws(ConfigurationError)
    -> DunningPolicy
  {
    let name = name ?? file.lastPathComponent
    return try parse(ConfigurationFile.text(of: file, name: name), name: name)
  }

  /// Reads the text of a policy file strictly.
  /// - Throws: `ConfigurationError`, as `load(from:name:)`.
  public static func parse(_ text: String, name: String) throws(ConfigurationError)
    -> DunningPolicy
  {
    let form: PolicyForm
    do {
      form = try ConfigurationFile.decode(PolicyForm.self, from: text, name: name)
    } catch {
      throw Self.explainOldForm(error)
    }
    do {
      return try policy(from: form, name: name)
    } catch {
      throw error.located(in: text, name: name)
    }
  }

  /// A misspelling inside a top-level `levels` list: say that list is the old form.
  private static func explainOldForm(_ error: ConfigurationError) -> ConfigurationError {
    guard error.code == .unknownKey, error.keyPath?.hasPrefix("levels[") == true else {
      return error
    }
    return ConfigurationError(
      error.code, file: error.file, line: error.line, keyPath: error.keyPath,
      message: error.message + " in the old one-level form (name, daysOverdue, channel, fee)",
      fix: error.fix + "; or write the new form, with the levels inside a schedule:\n"
        + newFormExample)
  }

  private static func policy(from form: PolicyForm, name: String) throws(PolicyProblem)
    -> DunningPolicy
  {
    if let levels = form.levels {
      let mixed = [
        form.schedules.map { _ in "schedules" }, form.default.map { _ in "default" },
        form.segments.map { _ in "segments" }, form.groups.map { _ in "groups" },
      ].compactMap { $0 }
      guard mixed.isEmpty else {
        throw PolicyProblem(
          [.key("levels")],
          "a top-level 'levels' list is the old one-level form and cannot stand beside '\(mixed[0])'",
          fix: "move the levels into a schedule:\n\(newFormExample)")
      }
      return DunningPolicy(
        schedules: [try oldSchedule(levels)], defaultSchedule: "default",
        promises: try promises(form.promises),
        arrangements: try arrangements(form.arrangements),
        secondChance: try secondChance(form.secondChance),
        notes: [
          "\(name) is in the old one-level form: it is read as the single schedule 'default'. The new form names several schedules:\n\(newFormExample)"
        ])
    }
    guard let written = form.schedules, !written.isEmpty else {
      throw PolicyProblem(
        [], "'schedules' is missing: the policy has no schedule",
        fix: "add at least one schedule:\n\(newFormExample)")
    }
    var schedules: [DunningSchedule] = []
    for scheduleName in written.keys.sorted() {
      schedules.append(try schedule(scheduleName, written[scheduleName]!))
    }
    let names = Set(schedules.map(\.name))
    let known = names.sorted().joined(separator: ", ")
    func check(_ name: String, at path: [PolicyProblem.Step]) throws(PolicyProblem) {
      guard names.contains(name) else {
        throw PolicyProblem(
          path, "names the schedule '\(name)', which is not among the schedules",
          fix: "write one of: \(known)")
      }
    }
    let defaultName: String
    if let name = form.default {
      try check(name, at: [.key("default")])
      defaultName = name
    } else if schedules.count == 1 {
      defaultName = schedules[0].name
    } else if names.contains("default") {
      defaultName = "default"
    } else {
      throw PolicyProblem(
        [],
        "'default' is missing: with several schedules the policy must say which applies when nothing more specific does",
        fix: "add 'default: NAME' with one of: \(known)")
    }
    var segments: [Customer.Segment: String] = [:]
    for (key, value) in form.segments ?? [:] {
      guard let segment = Customer.Segment(rawValue: key.uppercased()) else {
        throw PolicyProblem(
          [.key("segments"), .key(key)], "'\(key)' is not a segment", fix: "write B2B or B2C")
      }
      try check(value, at: [.key("segments"), .key(key)])
      segments[segment] = value
    }
    for (group, value) in form.groups ?? [:] {
      try check(value, at: [.key("groups"), .key(group)])
    }
    return DunningPolicy(
      schedules: schedules, defaultSchedule: defaultName, segments: segments,
      groups: form.groups ?? [:], promises: try promises(form.promises),
      arrangements: try arrangements(form.arrangements),
      secondChance: try secondChance(form.secondChance))
  }

  private static func promises(_ form: PolicyForm.PromisesForm?) throws(PolicyProblem)
    -> Promises
  {
    Promises(graceDays: try days(form?.graceDays, default: 3, at: ["promises", "graceDays"]))
  }

  private static func arrangements(_ form: PolicyForm.ArrangementsForm?) throws(PolicyProblem)
    -> Arrangements
  {
    let base = ["arrangements"]
    let broken = try days(form?.brokenAfterDays, default: 14, at: base + ["brokenAfterDays"])
    guard broken >= 1 else {
      throw PolicyProblem(
        [.key("arrangements"), .key("brokenAfterDays")], "must be at least 1",
        fix: "write the days after an instalment's reminder at which the arrangement is broken")
    }
    return Arrangements(
      graceDays: try days(form?.graceDays, default: 3, at: base + ["graceDays"]),
      brokenAfterDays: broken,
      reminder: try document(
        template: form?.template, channel: form?.channel, default: "instalment-reminder",
        at: base))
  }

  private static func secondChance(_ form: PolicyForm.DocumentForm?) throws(PolicyProblem)
    -> DocumentSettings
  {
    try document(
      template: form?.template, channel: form?.channel, default: "second-chance",
      at: ["secondChance"])
  }

  private static func document(
    template: String?, channel: String?, default name: String, at base: [String]
  ) throws(PolicyProblem) -> DocumentSettings {
    let path = base.map(PolicyProblem.Step.key)
    return DocumentSettings(
      template: try Self.template(template, default: name, at: path + [.key("template")]),
      channel: try Self.channel(channel, default: .emailOrLetter, at: path + [.key("channel")]))
  }

  /// A count of days, not negative.
  static func days(_ value: Int?, default fallback: Int, at path: [String]) throws(PolicyProblem)
    -> Int
  {
    guard let value else { return fallback }
    guard value >= 0 else {
      throw PolicyProblem(
        path.map(PolicyProblem.Step.key), "\(value) days cannot be negative",
        fix: "write 0 or more days")
    }
    return value
  }

  static func channel(
    _ text: String?, default fallback: DunningChannel, at path: [PolicyProblem.Step]
  ) throws(PolicyProblem) -> DunningChannel {
    guard let text else { return fallback }
    guard let channel = DunningChannel(rawValue: text) else {
      throw PolicyProblem(
        path, "'\(text)' is not a channel", fix: "write letter, email or email-or-letter")
    }
    return channel
  }

  static func template(_ text: String?, default fallback: String, at path: [PolicyProblem.Step])
    throws(PolicyProblem) -> String
  {
    guard let text else { return fallback }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.contains("/"), !trimmed.hasPrefix(".") else {
      throw PolicyProblem(
        path, "'\(text)' cannot name a template",
        fix: "write the name of a file in mappings/templates/LANG/ without .mustache")
    }
    return trimmed
  }
}
