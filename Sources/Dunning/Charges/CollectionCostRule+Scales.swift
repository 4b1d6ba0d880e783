import Receivables

extension CollectionCostRule {
  /// One band of a sliding scale: a share (in thousandths) of the part of the principal up to
  /// `upTo` (in cents; nil for no limit).
  private struct Band {
    var upTo: Int64?
    var perMille: Int64
  }

  /// The Dutch scale: 15 % of the first €2,500, 10 % of the next €2,500, 5 % of the next €5,000,
  /// 1 % of the next €190,000, 0.5 % of the rest; at least €40 and at most €6,775. The shares are
  /// added exactly and rounded once, half-up to the cent.
  static func wik(_ principal: Money) -> CostsStatement {
    let bands = [
      Band(upTo: 250_000, perMille: 150), Band(upTo: 500_000, perMille: 100),
      Band(upTo: 1_000_000, perMille: 50), Band(upTo: 20_000_000, perMille: 10),
      Band(upTo: nil, perMille: 5),
    ]
    let (thousandths, parts) = scale(principal, bands)
    let computed = rounded(thousandths)
    let costs = min(max(computed, 4_000), 677_500)
    var explanation = parts.joined(separator: " + ") + " = \(euros(computed))"
    if costs != computed {
      explanation += costs == 4_000 ? ", raised to the minimum of €40.00" : ", capped at €6,775.00"
    }
    return CostsStatement(
      rule: .nlWIK, principal: principal, costs: Money(minorUnits: costs, currency: .eur),
      explanation: explanation)
  }

  /// The Belgian consumer cap: €20 on a principal up to €150; €30 plus 10 % of the part from
  /// €150.01 to €500; €65 plus 5 % of the part above €500; never more than €2,000.
  static func belgianConsumer(_ principal: Money) -> CostsStatement {
    let cents = principal.minorUnits
    let computed: Int64
    let explanation: String
    if cents <= 15_000 {
      computed = 2_000
      explanation = "€20.00 on a principal up to €150.00"
    } else if cents <= 50_000 {
      computed = 3_000 + rounded((cents - 15_000) * 100)
      explanation = "€30.00 + 10 % of the \(euros(cents - 15_000)) above €150.00"
    } else {
      computed = 6_500 + rounded((cents - 50_000) * 50)
      explanation = "€65.00 + 5 % of the \(euros(cents - 50_000)) above €500.00"
    }
    let costs = min(computed, 200_000)
    return CostsStatement(
      rule: .beConsumer, principal: principal, costs: Money(minorUnits: costs, currency: .eur),
      explanation: explanation + " = \(euros(computed))"
        + (costs != computed ? ", capped at €2,000.00" : ""))
  }

  /// The exact sum of the bands' shares in thousandths of a cent, and each band's words.
  private static func scale(_ principal: Money, _ bands: [Band]) -> (Int64, [String]) {
    var remaining = principal.minorUnits
    var lower: Int64 = 0
    var total: Int64 = 0
    var parts: [String] = []
    for band in bands where remaining > 0 {
      let width = band.upTo.map { $0 - lower } ?? remaining
      let part = min(remaining, width)
      total += part * band.perMille
      parts.append("\(percent(band.perMille)) % of \(euros(part))")
      remaining -= part
      lower = band.upTo ?? lower
    }
    return (total, parts)
  }

  /// Thousandths of a cent rounded half-up to a cent, through the one rounding place.
  private static func rounded(_ thousandths: Int64) -> Int64 {
    let money = Money(minorUnits: thousandths, currency: .eur)
    return (try? money.multiplied(byFraction: 1, over: 1_000))?.minorUnits ?? thousandths / 1_000
  }

  private static func euros(_ cents: Int64) -> String {
    Money(minorUnits: cents, currency: .eur).formatted(for: .en)
  }

  private static func percent(_ perMille: Int64) -> String {
    perMille % 10 == 0 ? String(perMille / 10) : "\(perMille / 10).\(perMille % 10)"
  }
}
