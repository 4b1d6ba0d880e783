/// A claim a level makes besides the principal (interest or collection costs): the rule of
/// the schedule's law for the customer's segment, a named rule, or nothing.
///
/// Written `interest: statutory`, `costs: nl-wik`, `costs: none`. Read now, computed from the
/// fees-and-interest issue on; new rules are new values, never a new shape.
public struct ChargeRule: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
  public let rawValue: String

  public init?(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The rule the schedule's `law` sets for the customer's segment.
  public static let statutory = ChargeRule(known: "statutory")
  /// Nothing is claimed.
  public static let none = ChargeRule(known: "none")

  private init(known: String) { rawValue = known }

  /// The interest rules of the fees-and-interest issue, by name.
  public static let interestRules: Set<String> = [
    "statutory", "none", "nl-b2b", "nl-b2c", "de-b2b", "de-b2c", "eu-b2b", "be-b2b", "fr-b2b",
    "uk-b2b",
  ]
  /// The collection-cost rules of the fees-and-interest issue, by name.
  public static let costRules: Set<String> = [
    "statutory", "none", "nl-wik", "eu-b2b", "de-b2b", "fr-b2b", "be-b2c", "uk-b2b",
  ]

  public var description: String { rawValue }
}
