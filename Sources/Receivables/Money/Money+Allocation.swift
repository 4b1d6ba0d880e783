extension Money {
  /// Splits the amount over parts in proportion to `weights` without losing or inventing a cent.
  ///
  /// Each part gets its proportional share rounded down; the cents left over go, one each, to
  /// the parts with the largest remainders (earliest part first on ties). Negative amounts
  /// are split the same way with the sign kept.
  /// - Throws: `MoneyError` with code `invalidParts` when there are no weights, a weight is
  ///   negative, or all weights are zero.
  public func allocated(over weights: [Int64]) throws(MoneyError) -> [Money] {
    guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }) else {
      throw MoneyError(
        .invalidParts, "an amount can only be split over one or more non-negative parts")
    }
    let totalWeight = weights.reduce(Int128(0)) { $0 + Int128($1) }
    guard totalWeight > 0 else {
      throw MoneyError(.invalidParts, "an amount cannot be split over parts that are all zero")
    }
    let magnitude = Int128(minorUnits.magnitude)
    var shares = weights.map { magnitude * Int128($0) / totalWeight }
    let remainders = weights.map { magnitude * Int128($0) % totalWeight }
    var leftover = magnitude - shares.reduce(0, +)
    let order = remainders.indices.sorted {
      remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1)
    }
    for index in order where leftover > 0 {
      shares[index] += 1
      leftover -= 1
    }
    let sign: Int128 = minorUnits < 0 ? -1 : 1
    return shares.map { Money(minorUnits: Int64(sign * $0), currency: currency) }
  }

  /// Splits the amount into `count` parts as equal as possible.
  public func allocated(evenly count: Int) throws(MoneyError) -> [Money] {
    try allocated(over: Array(repeating: 1, count: count))
  }
}
