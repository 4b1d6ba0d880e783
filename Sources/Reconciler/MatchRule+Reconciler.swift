public import Receivables

extension MatchRule {
  /// The payment's structured creditor reference equals the item's payment reference.
  public static let structuredReference = MatchRule(rawValue: "structured-reference")
  /// A valid reference found in the free remittance text equals the item's payment reference.
  public static let remittanceReference = MatchRule(rawValue: "remittance-reference")
}
