public import Dunning
import Foundation

/// What `arflow interest` and `arflow costs` print: a short text for people and one JSON object
/// with stable field names for scripts (amounts as decimal strings).
public enum ChargeReport {
  /// "Interest nl-b2b …", a line per period, the total and any warnings.
  public static func text(_ statement: InterestStatement) -> String {
    let code = statement.principal.currency.code
    var lines = [
      "Interest \(statement.rule.name) (\(statement.rule.legalBasis)) on \(code) "
        + "\(statement.principal.decimalString), from \(statement.start) up to and including "
        + "\(statement.end): \(statement.days) days, \(statement.dayCount.rawValue)"
    ]
    for period in statement.periods {
      lines.append(
        "  \(period.from) – \(period.to)  \(String(period.days).paddingBefore(4)) days  "
          + "\(period.rate.description.paddingBefore(6)) %  on \(period.base.decimalString.paddingBefore(12))  "
          + "= \(period.amount.decimalString.paddingBefore(10))")
    }
    lines.append("Interest: \(code) \(statement.total.decimalString)")
    lines += statement.warnings.map { "warning: \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Collection costs nl-wik …: EUR 425.00" and how they were reached.
  public static func text(_ statement: CostsStatement) -> String {
    let code = statement.principal.currency.code
    return "Collection costs \(statement.rule.rawValue) (\(statement.rule.legalBasis)) on \(code) "
      + "\(statement.principal.decimalString): \(code) \(statement.costs.decimalString)\n"
      + "  \(statement.explanation)\n"
  }

  /// `{"rule", "principal", "currency", "interest", "days", "periods": [...]}`, plus
  /// `legalBasis`, `dayCount` and `warnings`.
  public static func json(_ statement: InterestStatement) throws -> String {
    struct Period: Encodable {
      var from, to: String
      var days: Int
      var rate, base, amount: String
    }
    struct Body: Encodable {
      var rule, legalBasis, principal, currency, interest, dayCount: String
      var days: Int
      var periods: [Period]
      var warnings: [String]
    }
    return try encode(
      Body(
        rule: statement.rule.name, legalBasis: statement.rule.legalBasis,
        principal: statement.principal.decimalString,
        currency: statement.principal.currency.code, interest: statement.total.decimalString,
        dayCount: statement.dayCount.rawValue, days: statement.days,
        periods: statement.periods.map {
          Period(
            from: $0.from.iso8601, to: $0.to.iso8601, days: $0.days, rate: $0.rate.description,
            base: $0.base.decimalString, amount: $0.amount.decimalString)
        }, warnings: statement.warnings))
  }

  /// `{"rule", "principal", "currency", "costs", "explanation"}`, plus `legalBasis`.
  public static func json(_ statement: CostsStatement) throws -> String {
    struct Body: Encodable {
      var rule, legalBasis, principal, currency, costs, explanation: String
    }
    return try encode(
      Body(
        rule: statement.rule.rawValue, legalBasis: statement.rule.legalBasis,
        principal: statement.principal.decimalString,
        currency: statement.principal.currency.code, costs: statement.costs.decimalString,
        explanation: statement.explanation))
  }

  private static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
