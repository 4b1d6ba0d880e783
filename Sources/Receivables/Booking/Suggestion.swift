/// A match the rules did not dare to apply, for a person to confirm or reject.
public struct Suggestion: Hashable, Sendable, Codable {
  /// The item or items the payment may pay, oldest first.
  public var itemNumbers: [String]
  /// The customer the items belong to.
  public var customerID: String
  /// How likely, 0–100: a ranking for the person deciding, never a reason to apply it.
  public var score: Int
  /// Why it is suggested and why it was not applied.
  public var reason: String

  public init(itemNumbers: [String], customerID: String, score: Int, reason: String) {
    self.itemNumbers = itemNumbers
    self.customerID = customerID
    self.score = score
    self.reason = reason
  }
}
