import Configuration
import Dunning
import Receivables
import Testing

struct PolicyLoadingTests {
  @Test("the shipped policy reads as a B2B and a B2C schedule a Dutch SME would accept")
  func shipped() throws {
    let policy = Book.shippedPolicy
    #expect(policy.schedules.map(\.name) == ["b2b", "b2c"])
    #expect(policy.defaultSchedule == "b2b")
    #expect(policy.segments == [.business: "b2b", .consumer: "b2c"])
    #expect(policy.notes.isEmpty)
    let b2b = try #require(policy.schedule(named: "b2b"))
    #expect(b2b.levels.map(\.number) == [0, 1, 2, 3])
    #expect(b2b.levels.map(\.days) == [-3, 7, 21, 35])
    #expect(b2b.levels.map(\.channel) == [.email, .emailOrLetter, .emailOrLetter, .letter])
    #expect(b2b.levels.map(\.isFinal) == [false, false, false, true])
    #expect(b2b.levels[2].template == "second-reminder")
    #expect(b2b.minimumDaysBetweenDocuments == 7)
    #expect(b2b.minimumOpen[.eur] == Book.money("5.00"))
    #expect(b2b.law == .nl)
    let b2c = try #require(policy.schedule(named: "b2c"))
    #expect(b2c.levels.map(\.name) == ["reminder", "formal-notice", "final-notice"])
    #expect(b2c.levels.map(\.number) == [1, 2, 3])
    #expect(b2c.levels.map(\.days) == [7, 21, 35])
    #expect(policy.arrangements.brokenAfterDays == 14)
    #expect(policy.promises.graceDays == 3)
    #expect(policy.secondChance.template == "second-chance")
  }

  @Test("a misspelt schedule setting is refused with its line, a suggestion and the valid keys")
  func misspeltScheduleKey() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        schedules:
          b2b:
            minimumDaysBetweenDocument: 10
            levels:
              - { name: reminder, days: 7 }
        """, name: "policy.yaml")
    }
    #expect(error?.code == .unknownKey)
    #expect(error?.line == 3)
    #expect(error?.keyPath == "schedules.b2b")
    #expect(error?.fix.contains("did you mean 'minimumDaysBetweenDocuments'?") == true)
    #expect(error?.fix.contains("allocationOrder, graceDays, law, levels") == true)
  }

  @Test("a misspelt level key is reported before the level's own checks")
  func misspeltLevelKey() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        schedules:
          b2b:
            levels:
              - name: reminder
                days: 7
              - name: final
                dayz: 35
        """, name: "policy.yaml")
    }
    #expect(error?.code == .unknownKey)
    #expect(error?.line == 7)
    #expect(error?.keyPath == "schedules.b2b.levels[2]")
    #expect(error?.fix.hasPrefix("did you mean 'days'?") == true)
    #expect(error?.fix.contains("afterPrevious, channel, costs, days, fee, final") == true)
  }

  @Test("the old one-level file is read as the single schedule 'default', with a note")
  func oldForm() throws {
    let policy = try DunningPolicy.parse(
      """
      levels:
        - name: reminder
          daysOverdue: 14
          channel: letter
          fee: "0.00"
        - name: second
          daysOverdue: 28
          fee: "7.50"
      """, name: "policy.yaml")
    #expect(policy.schedules.map(\.name) == ["default"])
    #expect(policy.defaultSchedule == "default")
    let levels = policy.schedules[0].levels
    #expect(levels.map(\.number) == [1, 2])
    #expect(levels.map(\.days) == [14, 28])
    #expect(try levels[1].charges.fee?.amount(in: .eur) == Book.money("7.50"))
    #expect(policy.notes.count == 1)
    #expect(policy.notes[0].contains("old one-level form"))
    #expect(policy.notes[0].contains("schedules:"))
  }

  @Test("old and new forms together are refused with the new form shown")
  func mixedForms() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        default: b2b
        levels:
          - { name: reminder, daysOverdue: 14 }
        """, name: "policy.yaml")
    }
    #expect(error?.line == 3)
    #expect(error?.message.contains("old one-level form") == true)
    #expect(error?.fix.contains("schedules:\n  b2b:") == true)
  }

  @Test("a new-form key in an old-form level says the list is the old form")
  func newKeyInOldForm() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        levels:
          - name: reminder
            days: 14
        """, name: "policy.yaml")
    }
    #expect(error?.code == .unknownKey)
    #expect(error?.line == 3)
    #expect(error?.message.contains("old one-level form") == true)
    #expect(error?.fix.contains("schedules:") == true)
  }

  @Test(
    "values the policy cannot use are refused with their line",
    arguments: [
      ("levels:\n      - { name: a, days: 7 }\n      - { name: b, days: 5 }", 5, "levels[2].days"),
      ("levels:\n      - { name: a, afterPrevious: 7 }", 4, "levels[1].afterPrevious"),
      ("levels:\n      - { name: a, days: 7, afterPrevious: 3 }", 4, "levels[1]"),
      ("levels:\n      - { name: a }", 4, "levels[1]"),
      ("levels:\n      - { name: a, days: 7, channel: fax }", 4, "levels[1].channel"),
      ("levels:\n      - { name: a, days: 7, interest: usury }", 4, "levels[1].interest"),
      ("levels:\n      - { name: a, days: 7 }\n      - { name: b, days: -3 }", 5, "levels[2].days"),
      ("law: mars\n    levels: []", 3, "law"),
      ("minimumOpen: { XYZ: \"5.00\" }\n    levels: []", 3, "minimumOpen.XYZ"),
      ("minimumOpen: { JPY: \"5.50\" }\n    levels: []", 3, "minimumOpen.JPY"),
      ("graceDays: -1\n    levels: []", 3, "graceDays"),
    ])
  func refusedValues(schedule: String, line: Int, keyPath: String) {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse("schedules:\n  s:\n    \(schedule)\n", name: "policy.yaml")
    }
    #expect(error?.code == .wrongValue)
    #expect(error?.line == line)
    #expect(error?.keyPath == "schedules.s.\(keyPath)")
  }

  @Test("a segment, group or default naming no schedule is refused with the known names")
  func unknownScheduleNames() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        default: b2b
        groups:
          wholesale: b2b
          retail: shops
        schedules:
          b2b:
            levels: []
        """, name: "policy.yaml")
    }
    #expect(error?.line == 4)
    #expect(error?.keyPath == "groups.retail")
    #expect(error?.fix == "write one of: b2b")
  }

  @Test("several schedules without a default are refused")
  func missingDefault() {
    let error = #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        "schedules:\n  a:\n    levels: []\n  b:\n    levels: []\n", name: "policy.yaml")
    }
    #expect(error?.message.contains("'default' is missing") == true)
  }

  @Test("the fields for fees, interest, costs, the 14-day letter and handover are kept")
  func placeholders() throws {
    let policy = try DunningPolicy.parse(
      """
      schedules:
        b2c:
          levels:
            - { name: reminder, days: 7, fee: "2.50" }
            - name: formal
              days: 21
              fee: { EUR: "7.50", GBP: "6.00" }
              interest: statutory
              costs: nl-wik
              fourteenDayLetter: true
            - { name: final, afterPrevious: 14, final: true, template: final-b2c }
            - { name: agency, days: 50, handover: default }
      """, name: "policy.yaml")
    let levels = try #require(policy.schedule(named: "b2c")).levels
    #expect(throws: MoneyError.self) { try levels[0].charges.fee?.amount(in: .jpy) }
    #expect(try levels[0].charges.fee?.amount(in: .usd) == Book.money("2.50", "USD"))
    #expect(try levels[1].charges.fee?.amount(in: .gbp) == Book.money("6.00", "GBP"))
    #expect(try levels[1].charges.fee?.amount(in: .usd) == nil)
    #expect(levels[1].charges.interest == .statutory)
    #expect(levels[1].charges.costs?.rawValue == "nl-wik")
    #expect(levels[1].charges.fourteenDayLetter)
    #expect(levels[2].timing == .afterPrevious(14))
    #expect(levels[2].template == "final-b2c")
    #expect(levels[3].handover == "default")
  }

  @Test("a level after the handover level is refused")
  func handoverLast() {
    #expect(throws: ConfigurationError.self) {
      try DunningPolicy.parse(
        """
        schedules:
          s:
            levels:
              - { name: a, days: 7 }
              - { name: agency, days: 50, handover: default }
              - { name: late, days: 60 }
        """, name: "policy.yaml")
    }
  }
}
