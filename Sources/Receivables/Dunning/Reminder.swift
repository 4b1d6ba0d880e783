/// One reminder for one item at one dunning level: what was decided and why.
///
/// An item is reminded at most once per level; the pair (item, level) is its identity.
public struct Reminder: Hashable, Sendable {
  public var itemNumber: String
  public var customerID: String
  /// The policy level, 1 for the first reminder.
  public var level: Int
  /// The level's name in the policy, "reminder".
  public var levelName: String
  public var remindedOn: LocalDate
  public var daysOverdue: Int
  /// What was open on the item when the reminder was decided.
  public var openAmount: Money
  public var fee: Money
  public var interest: Money
  public var channel: DocumentChannel
  /// How the level, fee and interest were decided, in a credit manager's words.
  public var explanation: String
  /// The document that carried the reminder ("2026-11-20/C042/EUR/reminder"); nil for
  /// reminders recorded before documents had ids.
  public var documentID: String?

  public init(
    itemNumber: String, customerID: String, level: Int, levelName: String, remindedOn: LocalDate,
    daysOverdue: Int, openAmount: Money, fee: Money, interest: Money, channel: DocumentChannel,
    explanation: String
  ) {
    self.itemNumber = itemNumber
    self.customerID = customerID
    self.level = level
    self.levelName = levelName
    self.remindedOn = remindedOn
    self.daysOverdue = daysOverdue
    self.openAmount = openAmount
    self.fee = fee
    self.interest = interest
    self.channel = channel
    self.explanation = explanation
  }

  /// What the customer is asked to pay for this item: open amount plus fee plus interest.
  public func amountDue() throws(MoneyError) -> Money { try openAmount + fee + interest }
}
