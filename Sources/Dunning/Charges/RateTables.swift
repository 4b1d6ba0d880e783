/// The rate tables a workspace has (`mappings/rates/*.yaml`), by name.
public struct RateTables: Sendable {
  /// The tables by name.
  public let tables: [String: RateTable]

  /// The tables given; of two with one name, the first is kept.
  public init(_ tables: [RateTable]) {
    self.tables = Dictionary(tables.map { ($0.name, $0) }) { first, _ in first }
  }

  /// The table named `name`.
  /// - Throws: `ChargeError` with code `rateTable` naming the file to add.
  public func table(_ name: String) throws(ChargeError) -> RateTable {
    guard let table = tables[name] else {
      throw ChargeError(
        .rateTable, "there is no rate table \(name)",
        fix: "add mappings/rates/\(name).yaml (arflow init writes the shipped tables)")
    }
    return table
  }
}
