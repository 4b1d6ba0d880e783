public import Configuration
public import Dunning
public import Foundation

/// The calculator of `arflow interest` and `arflow costs`: Dunning's `InterestCalculator` and
/// `CollectionCostRule` on a workspace's rate tables (`mappings/rates/`) or, outside a
/// workspace, the built-in ones.
public struct ChargeCalculator: Sendable {
  public let tables: RateTables
  /// Where the tables came from, as the reports say: the folder, or "the built-in rate tables".
  public let tablesOrigin: String

  /// The calculator on the tables of the workspace at `root` when it has `mappings/rates/`, else
  /// on the built-in tables.
  /// - Throws: `ConfigurationError` for a table that cannot be read.
  public static func load(workspace root: URL) throws(ConfigurationError) -> ChargeCalculator {
    let folder = root.appendingPathComponent("mappings/rates", isDirectory: true)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      return ChargeCalculator(
        tables: try RateTable.loadAll(from: folder), tablesOrigin: folder.path)
    }
    return ChargeCalculator(tables: try builtInTables(), tablesOrigin: "the built-in rate tables")
  }

  /// The rate tables compiled into arflow (`mappings/rates/` of the defaults).
  static func builtInTables() throws(ConfigurationError) -> RateTables {
    var tables: [RateTable] = []
    for (path, data) in DefaultFiles.files(under: "mappings/rates") where path.hasSuffix(".yaml") {
      tables.append(
        try RateTable.parse(String(decoding: data, as: UTF8.self), name: "rates/\(path)"))
    }
    return RateTables(tables)
  }

  /// Interest on `amount` (a decimal in `currency`) due on `due`, up to and including `until`.
  /// - Throws: `ChargeError` or `MoneyError` saying what is wrong with the input.
  public func interest(
    amount: String, currency: String, due: LocalDate, until: LocalDate, rule: String,
    dayCount: String = DayCount.actual365.rawValue
  ) throws -> InterestStatement {
    guard let dayCount = DayCount(rawValue: dayCount) else {
      throw ChargeError(
        .unknownRule, "there is no day count '\(dayCount)'",
        fix: "use one of \(DayCount.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let principal = try Money(decimal: amount, currency: try Currency(code: currency.uppercased()))
    return try InterestCalculator(tables: tables).interest(
      on: principal, due: due, through: until, rule: try InterestRule.named(rule),
      dayCount: dayCount)
  }

  /// Collection costs on `amount` (a decimal in `currency`, by default the rule's own) under
  /// `rule`; no rate table is needed.
  /// - Throws: `ChargeError` or `MoneyError` saying what is wrong with the input.
  public static func costs(amount: String, currency: String?, rule: String) throws
    -> CostsStatement
  {
    let rule = try CollectionCostRule.named(rule)
    let currency = try currency.map { try Currency(code: $0.uppercased()) } ?? rule.currency
    return try rule.costs(on: try Money(decimal: amount, currency: currency))
  }

  /// The currency a rule's interest is usually claimed in: pounds for the UK rule, else euros.
  public static func usualCurrency(of rule: String) -> String {
    rule.hasPrefix("uk-") ? "GBP" : "EUR"
  }

}
