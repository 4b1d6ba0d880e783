public import Receivables

/// An open item as dunning sees it: the ledger's item with the reminders it was sent.
public struct DunningItem: Sendable, Hashable {
  public var item: OpenItem
  /// The reminders the item was sent, any order (the courtesy reminder is level 0).
  public var reminders: [Reminder]

  public init(_ item: OpenItem, reminders: [Reminder] = []) {
    self.item = item
    self.reminders = reminders
  }

  public var number: String { item.number }
  public var customerID: String { item.customerID }
  public var currency: Currency { item.currency }

  /// The highest level sent, and the day it went.
  var lastReminder: (level: Int, sentOn: LocalDate)? {
    var last: (level: Int, sentOn: LocalDate)?
    for reminder in reminders {
      if let known = last, (known.level, known.sentOn) >= (reminder.level, reminder.remindedOn) {
        continue
      }
      last = (reminder.level, reminder.remindedOn)
    }
    return last
  }
}
