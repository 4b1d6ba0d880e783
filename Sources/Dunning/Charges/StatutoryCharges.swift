public import Receivables

/// What the law of a schedule lets a creditor claim from a debtor beside the principal: the
/// interest rule, the collection-cost rule, and when the costs may first be claimed. A level's
/// `interest: statutory` and `costs: statutory` mean these; a named rule overrides them.
public struct StatutoryCharges: Sendable, Hashable {
  /// When collection costs may first be claimed.
  public enum CostsCondition: Sendable, Hashable {
    /// As soon as a level claims them (business debtors: the sum is due on default).
    case onDefault
    /// After a 14-day letter's term has passed unpaid (art. 6:96 lid 6 BW).
    case afterFourteenDayLetter
    /// After a free first reminder and fourteen calendar days (Belgian Code of Economic Law,
    /// Book XIX: "un premier rappel gratuit … un délai de 14 jours calendrier … aucun frais,
    /// indemnité ou intérêt ne peut être réclamé", as lalibre.be summarised it on 15 June 2023;
    /// the article itself is not yet read).
    case afterFreeFirstReminder
  }

  /// The statutory interest rule; nil when the law sets none for the debtor.
  public let interest: InterestRule?
  /// The statutory collection-cost rule; nil when the law sets none for the debtor.
  public let costs: CollectionCostRule?
  /// When the costs may first be claimed.
  public let costsCondition: CostsCondition

  /// The rules of `law` for a debtor in `segment` (a customer without a segment is a business:
  /// the segment decides only where the customer master says so).
  public static func of(_ law: Law, _ segment: Customer.Segment?) -> StatutoryCharges {
    let consumer = segment == .consumer
    let rule = { (name: String) in InterestRule.all[name] }
    switch (law, consumer) {
    case (.nl, false): return .init(rule("nl-b2b"), .nlWIK, .onDefault)
    case (.nl, true): return .init(rule("nl-b2c"), .nlWIK, .afterFourteenDayLetter)
    case (.de, false): return .init(rule("de-b2b"), .deFlat, .onDefault)
    case (.de, true): return .init(rule("de-b2c"), nil, .onDefault)
    case (.eu, false): return .init(rule("eu-b2b"), .euFlat, .onDefault)
    case (.be, false): return .init(rule("be-b2b"), .euFlat, .onDefault)
    case (.be, true): return .init(nil, .beConsumer, .afterFreeFirstReminder)
    case (.fr, false): return .init(rule("fr-b2b"), .frFlat, .onDefault)
    case (.uk, false): return .init(rule("uk-b2b"), .ukFixed, .onDefault)
    case (.eu, true), (.fr, true), (.uk, true), (.none, _): return .init(nil, nil, .onDefault)
    }
  }

  private init(
    _ interest: InterestRule?, _ costs: CollectionCostRule?, _ condition: CostsCondition
  ) {
    self.interest = interest
    self.costs = costs
    costsCondition = condition
  }

  /// A level's `interest:` setting for a debtor: `statutory` is the law's rule, `none` (or no
  /// setting) nothing, any other name that rule.
  /// - Throws: `ChargeError` with code `unknownRule` for a name arflow does not know.
  public static func interest(
    _ setting: ChargeRule?, law: Law, segment: Customer.Segment?
  ) throws(ChargeError) -> InterestRule? {
    switch setting {
    case nil, .some(.none): return nil
    case .some(.statutory): return of(law, segment).interest
    case .some(let named): return try InterestRule.named(named.rawValue)
    }
  }

  /// A level's `costs:` setting for a debtor, as `interest(_:law:segment:)` reads `interest:`.
  /// - Throws: `ChargeError` with code `unknownRule` for a name arflow does not know.
  public static func costs(
    _ setting: ChargeRule?, law: Law, segment: Customer.Segment?
  ) throws(ChargeError) -> CollectionCostRule? {
    switch setting {
    case nil, .some(.none): return nil
    case .some(.statutory): return of(law, segment).costs
    case .some(let named): return try CollectionCostRule.named(named.rawValue)
    }
  }
}
