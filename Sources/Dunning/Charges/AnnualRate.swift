import Foundation

/// A yearly interest rate as an exact decimal, in millionths: 7.75 % is 77,500. Rates are never
/// `Double`; interest is `Money.multiplied(byFraction:over:)` of these integers.
public struct AnnualRate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The rate in millionths (a hundredth of a basis point).
  public let millionths: Int64

  /// A rate of `millionths` (a hundredth of a basis point each).
  public init(millionths: Int64) {
    self.millionths = millionths
  }

  /// A percentage as written in a rate table or a policy, "7.75" or "-0.88", at most four
  /// decimals; nil for anything else.
  public init?(percent text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let negative = trimmed.hasPrefix("-")
    let digits = negative ? trimmed.dropFirst() : Substring(trimmed)
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]),
      whole < 1_000
    else { return nil }
    var fraction: Int64 = 0
    if parts.count == 2 {
      let decimals = parts[1]
      guard (1...4).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int64(decimals)
      else { return nil }
      fraction = value
      for _ in decimals.count..<4 { fraction *= 10 }
    }
    let magnitude = whole * 10_000 + fraction
    millionths = negative ? -magnitude : magnitude
  }

  /// Percentage points, as a spread over a reference rate: `points(8)` is 8 %.
  public static func points(_ points: Int64) -> AnnualRate {
    AnnualRate(millionths: points * 10_000)
  }

  /// The sum of two rates (a reference rate and its spread).
  public static func + (lhs: AnnualRate, rhs: AnnualRate) -> AnnualRate {
    AnnualRate(millionths: lhs.millionths + rhs.millionths)
  }

  /// The rate rounded up to the next half point (Belgian law for commercial transactions).
  public var roundedUpToHalfPoint: AnnualRate {
    let half: Int64 = 5_000
    let remainder = ((millionths % half) + half) % half
    return remainder == 0 ? self : AnnualRate(millionths: millionths - remainder + half)
  }

  /// "7.75", "8.00", "-0.88", "3.3725": the percentage with two to four decimals.
  public var description: String {
    let magnitude = millionths.magnitude
    let whole = magnitude / 10_000
    var fraction = String(magnitude % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
    return (millionths < 0 ? "-" : "") + "\(whole).\(fraction)"
  }

  public static func < (lhs: AnnualRate, rhs: AnnualRate) -> Bool {
    lhs.millionths < rhs.millionths
  }
}
