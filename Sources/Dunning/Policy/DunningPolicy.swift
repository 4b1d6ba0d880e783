public import Receivables

/// The dunning policy of `mappings/policy.yaml`: named schedules, which customers and items
/// follow which, and how promises, arrangements and returned direct debits are handled.
public struct DunningPolicy: Sendable, Hashable {
  /// The schedules, sorted by name.
  public let schedules: [DunningSchedule]
  /// The schedule that applies when nothing more specific does.
  public let defaultSchedule: String
  /// Segment → schedule name.
  public let segments: [Customer.Segment: String]
  /// Customer group → schedule name.
  public let groups: [String: String]
  public let promises: Promises
  public let arrangements: Arrangements
  /// The notice after a returned direct debit.
  public let secondChance: DocumentSettings
  /// What the reader wants the user to know (the file is in the old form, say).
  public let notes: [String]
  private let indexByName: [String: Int]

  /// - Precondition: `defaultSchedule` and every schedule named in `segments` and `groups` is
  ///   among `schedules` (`load` checks this and says where).
  public init(
    schedules: [DunningSchedule], defaultSchedule: String,
    segments: [Customer.Segment: String] = [:], groups: [String: String] = [:],
    promises: Promises = Promises(), arrangements: Arrangements = Arrangements(),
    secondChance: DocumentSettings = DocumentSettings(template: "second-chance"),
    notes: [String] = []
  ) {
    let sorted = schedules.sorted { $0.name < $1.name }
    self.schedules = sorted
    self.defaultSchedule = defaultSchedule
    self.segments = segments
    self.groups = groups
    self.promises = promises
    self.arrangements = arrangements
    self.secondChance = secondChance
    self.notes = notes
    var index: [String: Int] = [:]
    for (offset, schedule) in sorted.enumerated() { index[schedule.name] = offset }
    indexByName = index
  }

  /// The schedule named `name`.
  public func schedule(named name: String) -> DunningSchedule? {
    indexByName[name].map { schedules[$0] }
  }

  /// Every template the policy's documents use, sorted: each level's, the second-chance
  /// notice's and the instalment reminder's.
  public var templateNames: [String] {
    var names = Set(schedules.flatMap { $0.levels.map(\.template) })
    names.insert(secondChance.template)
    names.insert(arrangements.reminder.template)
    return names.sorted()
  }

  /// The position of the schedule named `name` in `schedules`.
  func index(of name: String) -> Int? { indexByName[name] }
}

extension DunningPolicy {
  /// How promises to pay are judged.
  public struct Promises: Sendable, Hashable {
    /// Days after the promised date during which payments still count and nobody is reminded.
    public var graceDays: Int

    public init(graceDays: Int = 3) {
      self.graceDays = graceDays
    }
  }

  /// How payment arrangements are followed up.
  public struct Arrangements: Sendable, Hashable {
    /// Days after an instalment's due date before it counts as missed.
    public var graceDays: Int
    /// Days after a missed instalment's reminder after which the arrangement is broken.
    public var brokenAfterDays: Int
    /// The reminder for a missed instalment.
    public var reminder: DocumentSettings

    public init(
      graceDays: Int = 3, brokenAfterDays: Int = 14,
      reminder: DocumentSettings = DocumentSettings(template: "instalment-reminder")
    ) {
      self.graceDays = graceDays
      self.brokenAfterDays = brokenAfterDays
      self.reminder = reminder
    }
  }

  /// A document outside the schedules: its template and channel.
  public struct DocumentSettings: Sendable, Hashable {
    public var template: String
    public var channel: DunningChannel

    public init(template: String, channel: DunningChannel = .emailOrLetter) {
      self.template = template
      self.channel = channel
    }
  }
}
