public import Receivables

/// A named sequence of levels with the rules that hold for all of them: how far apart documents
/// to one customer must be, below which amount nobody is reminded, how many days of grace.
public struct DunningSchedule: Sendable, Hashable {
  /// The schedule's name in the policy, "b2b".
  public var name: String
  /// The levels in order; numbered 0 (courtesy) or 1 upwards. Empty: items on this schedule are
  /// never reminded.
  public var levels: [DunningLevel]
  /// The fewest days between two documents to one customer, whatever their level.
  public var minimumDaysBetweenDocuments: Int
  /// Per currency, the overdue amount of one customer below which no document goes out.
  public var minimumOpen: [Currency: Money]
  /// Days added to every level timed after the due date, for payments on their way.
  public var graceDays: Int
  /// Whether a person approves this schedule's documents before they go out.
  public var review: Bool
  public var law: Law
  public var allocationOrder: AllocationOrder

  public init(
    name: String, levels: [DunningLevel], minimumDaysBetweenDocuments: Int = 7,
    minimumOpen: [Currency: Money] = [:], graceDays: Int = 0, review: Bool = false,
    law: Law = .none, allocationOrder: AllocationOrder = .principalFirst
  ) {
    self.name = name
    self.levels = levels
    self.minimumDaysBetweenDocuments = minimumDaysBetweenDocuments
    self.minimumOpen = minimumOpen
    self.graceDays = graceDays
    self.review = review
    self.law = law
    self.allocationOrder = allocationOrder
  }

  /// The level numbered `number`, if the schedule has it.
  public func level(numbered number: Int) -> DunningLevel? {
    guard let first = levels.first else { return nil }
    let index = number - first.number
    return levels.indices.contains(index) ? levels[index] : nil
  }
}
