public import Receivables

/// A statutory rule for the collection costs (or fixed compensation) a creditor may claim on top
/// of the principal. Each works in the currency its law is written in; for any other currency
/// the policy's own fee applies instead.
public enum CollectionCostRule: String, Sendable, Hashable, CaseIterable {
  /// The Dutch scale of the Besluit vergoeding voor buitengerechtelijke incassokosten, on the
  /// summed principal of the claims in one demand.
  case nlWIK = "nl-wik"
  /// €40 per late invoice (Directive 2011/7/EU art. 6).
  case euFlat = "eu-b2b"
  /// €40 per late invoice (§ 288 Abs. 5 BGB).
  case deFlat = "de-b2b"
  /// €40 per late invoice, the indemnité forfaitaire.
  case frFlat = "fr-b2b"
  /// The Belgian consumer cap (Code of Economic Law, Book XIX).
  case beConsumer = "be-b2c"
  /// £40, £70 or £100 by the size of the debt (Late Payment Act 1998 s. 5A).
  case ukFixed = "uk-b2b"

  /// The law, as letters and explanations cite it.
  public var legalBasis: String {
    switch self {
    case .nlWIK: "art. 6:96 BW + Besluit vergoeding voor buitengerechtelijke incassokosten"
    case .euFlat: "Directive 2011/7/EU, art. 6"
    case .deFlat: "§ 288 Abs. 5 BGB"
    case .frFlat: "art. L441-10 and D441-5 Code de commerce"
    case .beConsumer: "Code of Economic Law, Book XIX (art. XIX.4)"
    case .ukFixed: "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A"
    }
  }

  /// The currency the rule's sums are written in.
  public var currency: Currency {
    self == .ukFixed ? .gbp : .eur
  }

  /// The rule named `name`.
  /// - Throws: `ChargeError` with code `unknownRule`, listing the rules there are.
  public static func named(_ name: String) throws(ChargeError) -> CollectionCostRule {
    guard let rule = CollectionCostRule(rawValue: name) else {
      throw ChargeError(
        .unknownRule, "there is no collection-cost rule '\(name)'",
        fix: "use one of \(allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return rule
  }

  /// The costs on `principal` (for the Dutch scale: the sum of the principals claimed together).
  /// - Throws: `ChargeError` when the principal is in another currency than the rule's, or
  ///   negative.
  public func costs(on principal: Money) throws(ChargeError) -> CostsStatement {
    guard principal.currency == currency else {
      throw ChargeError(
        .currency,
        "the \(rawValue) sums are in \(currency.code); this claim is in \(principal.currency.code)",
        fix: "give the reminder fee for \(principal.currency.code) in the policy instead")
    }
    guard principal.isPositive, principal.minorUnits < 1_000_000_000_000_000 else {
      throw ChargeError(
        .amount, "collection costs are computed on an amount owed, not on \(principal)",
        fix: "give the open principal as a positive amount below 10,000,000,000,000.00")
    }
    let cents = principal.minorUnits
    switch self {
    case .nlWIK: return Self.wik(principal)
    case .euFlat, .deFlat, .frFlat:
      return statement(principal, 4_000, "a fixed sum of €40.00 per late invoice")
    case .ukFixed:
      let (sum, band) =
        cents < 100_000
        ? (Int64(4_000), "less than £1,000.00")
        : cents < 1_000_000 ? (7_000, "£1,000.00 to £9,999.99") : (10_000, "£10,000.00 or more")
      let fixed = Money(minorUnits: sum, currency: .gbp).formatted(for: .en)
      return statement(principal, sum, "a fixed sum of \(fixed) for a debt of \(band)")
    case .beConsumer:
      return Self.belgianConsumer(principal)
    }
  }

  private func statement(_ principal: Money, _ cents: Int64, _ explanation: String)
    -> CostsStatement
  {
    CostsStatement(
      rule: self, principal: principal, costs: Money(minorUnits: cents, currency: currency),
      explanation: explanation)
  }
}
