/// One step of a schedule: when it is due, how it is sent, which text it uses.
///
/// Level 0 is the courtesy reminder before the due date (negative `days`); the levels after the
/// due date count from 1.
public struct DunningLevel: Sendable, Hashable {
  /// When a level falls due for an item.
  public enum Timing: Sendable, Hashable, CustomStringConvertible {
    /// This many days after the due date (negative: before it, for a courtesy reminder).
    case days(Int)
    /// This many days after the item's previous level was sent.
    case afterPrevious(Int)

    public var description: String {
      switch self {
      case .days(let days) where days < 0: "\(-days) days before the due date"
      case .days(let days): "\(days) days after the due date"
      case .afterPrevious(let days): "\(days) days after the previous level"
      }
    }
  }

  /// 0 for a courtesy reminder, 1 for the first reminder after the due date.
  public var number: Int
  /// The level's name in the policy, "reminder".
  public var name: String
  public var timing: Timing
  public var channel: DunningChannel
  /// The template's name (`mappings/templates/LANG/TEMPLATE.mustache`); the level's name unless
  /// the policy says otherwise.
  public var template: String
  /// The last notice before the claim is handed over.
  public var isFinal: Bool
  /// Fee, interest, costs and the 14-day letter: kept for the fees-and-interest issue.
  public var charges: LevelCharges
  /// The collection agency the claim is handed to at this level instead of a document
  /// (collection issue); nil for a level that sends a document.
  public var handover: String?

  public init(
    number: Int, name: String, timing: Timing, channel: DunningChannel, template: String? = nil,
    isFinal: Bool = false, charges: LevelCharges = .none, handover: String? = nil
  ) {
    self.number = number
    self.name = name
    self.timing = timing
    self.channel = channel
    self.template = template ?? name
    self.isFinal = isFinal
    self.charges = charges
    self.handover = handover
  }

  /// Whether this is the courtesy reminder sent before the due date.
  public var isCourtesy: Bool { number == 0 }

  /// `days`, when the level is timed from the due date.
  public var days: Int? {
    if case .days(let days) = timing { return days }
    return nil
  }
}
