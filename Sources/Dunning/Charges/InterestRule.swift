/// A statutory late-payment interest rule: which rate table, what spread, how the rate is taken
/// for a period, whether interest compounds, and the law that says so.
public struct InterestRule: Sendable, Hashable {
  /// How the rate of a day is found in the table.
  public enum Sampling: Sendable, Hashable {
    /// The rate in force on that day (a table of half-yearly statutory rates).
    case daily
    /// The rate in force on the first day of that day's half-year, 1 January or 1 July
    /// (Directive 2011/7/EU art. 3(2), Code de commerce art. L441-10).
    case halfYear
    /// One rate for the whole debt: the rate prevailing at the end of the due date (s. 4(2) of
    /// the Late Payment of Commercial Debts (Interest) Act 1998), which is the reference rate of
    /// the due date's half-year: the Bank Rate of 31 December for January–June, of 30 June for
    /// July–December.
    case fixedAtDueDate
  }

  /// "nl-b2b", as policies and the calculator name it.
  public let name: String
  /// The rate table it reads.
  public let table: String
  /// Points added to the table's rate.
  public let spread: AnnualRate
  public let sampling: Sampling
  /// Whether the interest of each year is added to the base on the anniversary of the start of
  /// default (art. 6:119 lid 2 and 6:119a lid 3 BW).
  public let compoundsYearly: Bool
  /// The law, as letters and explanations cite it.
  public let legalBasis: String

  /// The rules arflow computes, by name.
  public static let all: [String: InterestRule] = Dictionary(
    uniqueKeysWithValues: [
      InterestRule(
        name: "nl-b2b", table: "nl-commercial", spread: .points(0), sampling: .daily,
        compoundsYearly: true, legalBasis: "art. 6:119a BW"),
      InterestRule(
        name: "nl-b2c", table: "nl-statutory", spread: .points(0), sampling: .daily,
        compoundsYearly: true, legalBasis: "art. 6:119 BW"),
      InterestRule(
        name: "de-b2b", table: "de-basiszinssatz", spread: .points(9), sampling: .daily,
        compoundsYearly: false,
        legalBasis: "§ 288 Abs. 2 BGB, § 247 BGB"),
      InterestRule(
        name: "de-b2c", table: "de-basiszinssatz", spread: .points(5), sampling: .daily,
        compoundsYearly: false,
        legalBasis: "§ 288 Abs. 1 BGB, § 247 BGB"),
      InterestRule(
        name: "eu-b2b", table: "ecb-mro", spread: .points(8), sampling: .halfYear,
        compoundsYearly: false,
        legalBasis: "Directive 2011/7/EU, art. 2(6), 2(7) and 3(2)"),
      InterestRule(
        name: "be-b2b", table: "be-late-payment", spread: .points(0), sampling: .daily,
        compoundsYearly: false,
        legalBasis:
          "art. 5 wet van 2 augustus 2002 / loi du 2 août 2002 (rate published by FOD Financiën)"),
      InterestRule(
        name: "fr-b2b", table: "ecb-mro", spread: .points(10), sampling: .halfYear,
        compoundsYearly: false,
        legalBasis: "art. L441-10 Code de commerce"),
      InterestRule(
        name: "uk-b2b", table: "uk-boe-reference", spread: .points(8), sampling: .fixedAtDueDate,
        compoundsYearly: false,
        legalBasis:
          "Late Payment of Commercial Debts (Interest) Act 1998, s. 1, 4(2) and 6; SI 2002/1675"),
    ].map { ($0.name, $0) })

  /// The rule named `name`.
  /// - Throws: `ChargeError` with code `unknownRule`, listing the rules there are.
  public static func named(_ name: String) throws(ChargeError) -> InterestRule {
    guard let rule = all[name] else {
      throw ChargeError(
        .unknownRule, "there is no interest rule '\(name)'",
        fix: "use one of \(all.keys.sorted().joined(separator: ", "))")
    }
    return rule
  }
}
