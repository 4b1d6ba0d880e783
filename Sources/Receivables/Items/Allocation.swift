/// A part of a payment applied to an open item, with the rule that decided it.
public struct Allocation: Hashable, Sendable {
  /// The payment's bank reference.
  public var paymentReference: String
  /// The open item's number.
  public var itemNumber: String
  /// The amount applied: positive, at most what the payment and the item have left.
  public var amount: Money
  /// The rule that made the match.
  public var rule: MatchRule
  /// How sure the rule is, 0–100.
  public var confidence: Int
  /// Why, in a sentence a credit manager can check ("structured reference RF18… equals invoice 2026-0042").
  public var explanation: String

  public init(
    paymentReference: String, itemNumber: String, amount: Money, rule: MatchRule,
    confidence: Int, explanation: String
  ) {
    self.paymentReference = paymentReference
    self.itemNumber = itemNumber
    self.amount = amount
    self.rule = rule
    self.confidence = confidence
    self.explanation = explanation
  }
}

/// The name of a matching rule, stable across versions because it is stored in the ledger.
public struct MatchRule: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
}
