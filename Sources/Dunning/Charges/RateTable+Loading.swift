public import Configuration
public import Foundation
import Receivables

extension RateTable {
  /// `mappings/rates/NAME.yaml` as written.
  private struct Form: Decodable {
    var table: String
    var title: String
    var verifiedThrough: LocalDate
    var periods: [Row]

    struct Row: Decodable {
      var from: LocalDate
      var rate: String
      var source: String
      var verifiedOn: LocalDate?
    }
  }

  /// Reads a rate table's YAML text strictly.
  /// - Throws: `ConfigurationError` naming the file, the line and what to write instead: a
  ///   misspelt key, a rate that is not a percentage, a table whose name is not its file's.
  public static func parse(_ text: String, name: String) throws(ConfigurationError) -> RateTable {
    let form = try ConfigurationFile.decode(Form.self, from: text, name: name)
    let expected = (name as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
    guard form.table == expected else {
      throw ConfigurationError(
        .wrongValue, file: name, line: nil, keyPath: "table",
        message: "names the table '\(form.table)' but the file is \(name)",
        fix: "name the file \(form.table).yaml, or the table \(expected)")
    }
    var periods: [Period] = []
    for (index, row) in form.periods.enumerated() {
      guard let rate = AnnualRate(percent: row.rate) else {
        throw ConfigurationError(
          .wrongValue, file: name, line: nil, keyPath: "periods[\(index + 1)].rate",
          message: "'\(row.rate)' is not a percentage",
          fix: "write the yearly rate in percent with at most four decimals, such as \"7.75\"")
      }
      periods.append(
        Period(from: row.from, rate: rate, source: row.source, verifiedOn: row.verifiedOn))
    }
    do {
      return try RateTable(
        name: form.table, title: form.title, verifiedThrough: form.verifiedThrough,
        periods: periods)
    } catch {
      throw ConfigurationError(
        .wrongValue, file: name, line: nil, keyPath: "periods", message: error.message,
        fix: error.fix)
    }
  }

  /// Reads every `*.yaml` in a folder as rate tables.
  /// - Throws: `ConfigurationError` for the first file that cannot be read.
  public static func loadAll(from folder: URL) throws(ConfigurationError) -> RateTables {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
      .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
    var tables: [RateTable] = []
    for file in names {
      let url = folder.appendingPathComponent(file)
      tables.append(
        try parse(ConfigurationFile.text(of: url, name: "rates/\(file)"), name: "rates/\(file)"))
    }
    return RateTables(tables)
  }
}
