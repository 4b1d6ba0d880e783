public import Receivables

/// One document of a run: to one customer, in one currency, holding every item that gets a
/// level now and listing the customer's other overdue items.
public struct PlannedDocument: Sendable, Hashable {
  /// What the document is.
  public typealias Kind = DunningDocumentKind

  /// "2026-11-20/C042/EUR/reminder": unique in a run.
  public var id: String
  public var kind: Kind
  public var customerID: String
  public var currency: Currency
  /// For a reminder: the highest level of its items; nil for the other kinds.
  public var level: Int?
  public var levelName: String?
  /// The schedule of the level; nil for the other kinds.
  public var schedule: String?
  public var template: String
  public var channel: DocumentChannel
  /// Why the channel is not the level's first choice ("… no e-mail address").
  public var channelNote: String?
  /// The level is the last notice before handover.
  public var isFinal: Bool
  /// The schedule asks a person to approve its documents (`review: true`).
  public var needsApproval: Bool
  /// The items: those reminded now first, then the rest of the customer's overdue items.
  public var lines: [DocumentLine]
  /// For an instalment reminder: the missed instalments.
  public var instalments: [MissedInstalment]
  /// For a second-chance notice: the returned direct debits.
  public var returnedDebits: [ReturnedDirectDebit]
  /// What the document asks to be paid: reminded and open lines (or missed instalments).
  /// Disputed, paused and arranged items are shown and not asked.
  public var total: Money
  /// Why the document goes out, in a credit manager's words.
  public var explanation: String

  public init(
    id: String, kind: Kind, customerID: String, currency: Currency, level: Int?,
    levelName: String?, schedule: String?, template: String, channel: DocumentChannel,
    channelNote: String?, isFinal: Bool, needsApproval: Bool, lines: [DocumentLine],
    instalments: [MissedInstalment] = [], returnedDebits: [ReturnedDirectDebit] = [],
    total: Money, explanation: String
  ) {
    self.id = id
    self.kind = kind
    self.customerID = customerID
    self.currency = currency
    self.level = level
    self.levelName = levelName
    self.schedule = schedule
    self.template = template
    self.channel = channel
    self.channelNote = channelNote
    self.isFinal = isFinal
    self.needsApproval = needsApproval
    self.lines = lines
    self.instalments = instalments
    self.returnedDebits = returnedDebits
    self.total = total
    self.explanation = explanation
  }

  /// The reminders to record for this document: one per item reminded at a level now.
  public func reminders(on date: LocalDate) -> [Reminder] {
    record(file: nil, status: .written).reminders(on: date)
  }
}

/// One item on a document.
public struct DocumentLine: Sendable, Hashable {
  /// How the item appears.
  public typealias State = DocumentItemState

  public var itemNumber: String
  public var state: State
  public var dueDate: LocalDate
  public var daysOverdue: Int
  public var openAmount: Money
  /// For a reminded item: the level it gets and why.
  public var step: LevelStep?
  /// For a reminded item: which schedule and why.
  public var schedule: ScheduleChoice?
  /// For a held item: the hold.
  public var hold: Hold?
  /// The last level the item was sent before this document, and the day it went ("already
  /// reminded on …"); nil for an item never reminded.
  public var lastLevel: Int?
  public var lastRemindedOn: LocalDate?

  public init(
    itemNumber: String, state: State, dueDate: LocalDate, daysOverdue: Int, openAmount: Money,
    step: LevelStep? = nil, schedule: ScheduleChoice? = nil, hold: Hold? = nil,
    last: (level: Int, sentOn: LocalDate)? = nil
  ) {
    self.lastLevel = last?.level
    self.lastRemindedOn = last?.sentOn
    self.itemNumber = itemNumber
    self.state = state
    self.dueDate = dueDate
    self.daysOverdue = daysOverdue
    self.openAmount = openAmount
    self.step = step
    self.schedule = schedule
    self.hold = hold
  }

  /// "level 2 (second-reminder), due from …; 23 days overdue; schedule b2b: …".
  public var explanation: String {
    var parts: [String] = []
    if let step { parts.append(step.summary) }
    parts.append(
      daysOverdue > 0
        ? "\(daysOverdue) days overdue" : "due \(dueDate.iso8601), \(-daysOverdue) days from now")
    if let schedule { parts.append(schedule.description) }
    if let hold { parts.append(hold.summary) }
    return parts.joined(separator: "; ")
  }
}

/// A missed instalment on an instalment reminder.
public struct MissedInstalment: Sendable, Hashable {
  public var arrangementID: String
  public var instalment: Instalment

  public init(arrangementID: String, instalment: Instalment) {
    self.arrangementID = arrangementID
    self.instalment = instalment
  }
}
