import Foundation
public import Receivables

/// Which schedule an item follows and why: the item's own, the customer's, the customer's
/// group's, the segment's or the default, first match wins.
public struct ScheduleChoice: Sendable, Hashable, CustomStringConvertible {
  /// Where the schedule's name came from.
  public enum Source: String, Sendable, Hashable, Codable {
    case item, customer, group, segment
    case `default`
  }

  /// The schedule's name.
  public var schedule: String
  public var source: Source
  /// The group or segment that chose it; nil for the other sources.
  public var key: String?
  /// False when the item or customer names a schedule the policy does not define: the item
  /// is then not reminded but listed for a person.
  public var isDefined: Bool

  public init(schedule: String, source: Source, key: String? = nil, isDefined: Bool = true) {
    self.schedule = schedule
    self.source = source
    self.key = key
    self.isDefined = isDefined
  }

  /// "schedule b2c: the customer's segment is B2C".
  public var description: String {
    guard isDefined else {
      let who = source == .item ? "the item" : "the customer's master record"
      return "\(who) names schedule \(schedule), which the policy does not define"
    }
    let why =
      switch source {
      case .item: "the item names it"
      case .customer: "the customer's master record names it"
      case .group: "the customer is in group \(key ?? "")"
      case .segment: "the customer's segment is \(key ?? "")"
      case .default: "the policy's default (no item, customer, group or segment schedule applies)"
      }
    return "schedule \(schedule): \(why)"
  }
}

extension DunningPolicy {
  /// The schedule an item follows, first match wins: the item's own, the customer's, the
  /// customer's group, the segment, the default.
  /// - Parameters:
  ///   - itemSchedule: the schedule the item names (an open-items `policy` column).
  ///   - customerSchedule: the schedule the customer master names (its `policy` column).
  ///   - group: the customer's group (its `group` column); a group the policy does not map is
  ///     passed over.
  ///   - segment: the customer's segment.
  public func chooseSchedule(
    itemSchedule: String?, customerSchedule: String?, group: String?,
    segment: Customer.Segment?
  ) -> ScheduleChoice {
    if let name = itemSchedule.flatMap(Self.named) {
      return ScheduleChoice(schedule: name, source: .item, isDefined: index(of: name) != nil)
    }
    if let name = customerSchedule.flatMap(Self.named) {
      return ScheduleChoice(schedule: name, source: .customer, isDefined: index(of: name) != nil)
    }
    if let group, let name = groups[group] {
      return ScheduleChoice(schedule: name, source: .group, key: group)
    }
    if let segment, let name = segments[segment] {
      return ScheduleChoice(schedule: name, source: .segment, key: segment.rawValue)
    }
    return ScheduleChoice(schedule: defaultSchedule, source: .default)
  }

  /// A name as written, nil when blank.
  private static func named(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }
}
