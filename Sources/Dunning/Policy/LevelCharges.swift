/// What a level claims besides the principal, and the legal form it takes. Parsed and kept;
/// the plan does not use them yet (fees and interest, the collection issue).
public struct LevelCharges: Sendable, Hashable {
  /// The reminder fee; nil for none.
  public var fee: LevelFee?
  /// Late-payment interest stated with this level; nil for none.
  public var interest: ChargeRule?
  /// Collection costs claimed with this level; nil for none.
  public var costs: ChargeRule?
  /// The Dutch consumer "14-day letter" (art. 6:96 lid 6 BW): costs announced with a term of
  /// fourteen days from the day after delivery.
  public var fourteenDayLetter: Bool

  public init(
    fee: LevelFee? = nil, interest: ChargeRule? = nil, costs: ChargeRule? = nil,
    fourteenDayLetter: Bool = false
  ) {
    self.fee = fee
    self.interest = interest
    self.costs = costs
    self.fourteenDayLetter = fourteenDayLetter
  }

  /// No fee, no interest, no costs.
  public static let none = LevelCharges()
}
