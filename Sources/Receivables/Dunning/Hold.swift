/// A stop on reminders for one item or one customer: a pause (until a date or open-ended) or
/// a dispute (an item whose claim the customer contests), each with a reason and a start.
public struct Hold: Sendable, Hashable {
  /// What the hold covers.
  public enum Scope: Sendable, Hashable {
    /// One item, by number.
    case item(String)
    /// Every item of one customer, by id.
    case customer(String)
  }

  /// Why reminders stop.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Stopped for a while, for any reason a person gives.
    case pause
    /// The customer contests the item: no reminders; it stays in every total, marked disputed.
    case dispute
  }

  public var scope: Scope
  public var kind: Kind
  /// Why, as the person wrote it.
  public var reason: String
  /// The first day the hold applies.
  public var since: LocalDate
  /// The last day the hold applies; nil until someone ends it.
  public var until: LocalDate?

  public init(scope: Scope, kind: Kind, reason: String, since: LocalDate, until: LocalDate? = nil) {
    self.scope = scope
    self.kind = kind
    self.reason = reason
    self.since = since
    self.until = until
  }

  /// Whether the hold stops reminders on `date`: from `since` through `until`.
  public func isActive(on date: LocalDate) -> Bool {
    since <= date && until.map { date <= $0 } ?? true
  }

  /// "paused until 2026-12-01: waiting for the new address", "disputed since 2026-11-02: …".
  public var summary: String {
    let what =
      switch kind {
      case .pause: until.map { "paused until \($0.iso8601)" } ?? "paused"
      case .dispute: "disputed since \(since.iso8601)"
      }
    let whose =
      switch scope {
      case .item: ""
      case .customer: " (customer)"
      }
    return "\(what)\(whose): \(reason)"
  }
}
