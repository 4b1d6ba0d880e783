public import Receivables

/// Collection costs on a principal under one rule, with how they were worked out.
public struct CostsStatement: Sendable, Hashable {
  /// The rule the costs follow.
  public let rule: CollectionCostRule
  /// The amount the costs were computed on.
  public let principal: Money
  /// The costs, in the rule's currency.
  public let costs: Money
  /// How the amount was reached, in words and figures ("15 % of €2,500.00 + …").
  public let explanation: String
}
