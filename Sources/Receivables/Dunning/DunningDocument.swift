/// One document of a reminder batch as the ledger records it and `manifest.json` lists it: to
/// whom, at which level, by which channel, what it asks, whether it was written, and its items.
///
/// Only a written document counts as sent: its reminders enter the items' history. A failed
/// one is recorded with its reason and planned again by the next run.
public struct DunningDocument: Sendable, Hashable {
  /// Whether the document's file is in the outbox.
  public enum Status: String, Sendable, Hashable, Codable {
    case written, failed
  }

  /// One item on the document.
  public struct Line: Sendable, Hashable {
    public var itemNumber: String
    public var state: DocumentItemState
    /// The level the item gets now (reminded lines); nil for the others.
    public var level: Int?
    public var levelName: String?
    public var daysOverdue: Int
    public var openAmount: Money
    /// Why the item is on the document as it is, in a credit manager's words.
    public var explanation: String

    public init(
      itemNumber: String, state: DocumentItemState, level: Int? = nil, levelName: String? = nil,
      daysOverdue: Int, openAmount: Money, explanation: String
    ) {
      self.itemNumber = itemNumber
      self.state = state
      self.level = level
      self.levelName = levelName
      self.daysOverdue = daysOverdue
      self.openAmount = openAmount
      self.explanation = explanation
    }
  }

  /// The planner's id, unique in a run: "2026-11-20/C042/EUR/reminder".
  public var planID: String
  public var kind: DunningDocumentKind
  public var customerID: String
  public var channel: DocumentChannel
  /// The document's level (the highest of its items); nil for the notices outside a schedule.
  public var level: Int?
  public var levelName: String?
  public var currency: Currency
  /// What the document asks to be paid.
  public var total: Money
  /// The one payment reference the document asks the customer to quote; nil when it asks for
  /// none (several items, each with its own).
  public var reference: String?
  /// When `reference` is the document's own RF reference: the items it stands for, which the
  /// reconciler pays when a payment quotes it.
  public var referenceItems: [String]
  /// The file in the batch folder ("001-C1001.pdf"); nil when it could not be made.
  public var file: String?
  public var status: Status
  /// Why it could not be made, and what to do.
  public var reason: String?
  public var pages: Int?
  public var explanation: String
  public var lines: [Line]
  /// For an instalment reminder: the instalments it reminds, as (arrangement id, number).
  public var instalments: [InstalmentKey]
  /// For a second-chance notice: the returned direct debits it answers (payment ids).
  public var returnedDebits: [String]

  public init(
    planID: String, kind: DunningDocumentKind, customerID: String, channel: DocumentChannel,
    level: Int?, levelName: String?, currency: Currency, total: Money, reference: String?,
    referenceItems: [String] = [], file: String?, status: Status, reason: String? = nil,
    pages: Int? = nil, explanation: String, lines: [Line], instalments: [InstalmentKey] = [],
    returnedDebits: [String] = []
  ) {
    self.planID = planID
    self.kind = kind
    self.customerID = customerID
    self.channel = channel
    self.level = level
    self.levelName = levelName
    self.currency = currency
    self.total = total
    self.reference = reference
    self.referenceItems = referenceItems
    self.file = file
    self.status = status
    self.reason = reason
    self.pages = pages
    self.explanation = explanation
    self.lines = lines
    self.instalments = instalments
    self.returnedDebits = returnedDebits
  }

  /// The reminders the document carries, for the items' history: one per reminded line with a
  /// level. Fees and interest are zero until the fees-and-interest work fills them in.
  public func reminders(on date: LocalDate) -> [Reminder] {
    guard kind == .reminder else { return [] }
    return lines.compactMap { line in
      guard line.state == .reminded, let level = line.level else { return nil }
      var reminder = Reminder(
        itemNumber: line.itemNumber, customerID: customerID, level: level,
        levelName: line.levelName ?? "level \(level)", remindedOn: date,
        daysOverdue: line.daysOverdue, openAmount: line.openAmount, fee: .zero(currency),
        interest: .zero(currency), channel: channel, explanation: line.explanation)
      reminder.documentID = planID
      return reminder
    }
  }
}

/// One instalment of one arrangement.
public struct InstalmentKey: Sendable, Hashable, Codable {
  public var arrangementID: String
  public var number: Int

  public init(arrangementID: String, number: Int) {
    self.arrangementID = arrangementID
    self.number = number
  }
}
