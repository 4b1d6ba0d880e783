/// How an item appears on a dunning document; written in `manifest.json` (`items[].state`): the
/// raw values never change.
public enum DocumentItemState: String, Sendable, Hashable, Codable, CaseIterable {
  /// It gets a level now (or a second-chance notice).
  case reminded
  /// Overdue, not at a new level now: listed so the customer sees the whole debt.
  case open
  /// Contested by the customer: shown, not asked.
  case disputed
  /// Paused: shown, not asked.
  case paused
  /// Part of a running payment arrangement: shown, paid through the instalments.
  case arrangement

  /// Whether the document asks the customer to pay the item now.
  public var isAsked: Bool { self == .reminded || self == .open }
}
