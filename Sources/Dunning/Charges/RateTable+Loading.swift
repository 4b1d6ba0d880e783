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
  ///   misspelt key, a rate that is not a percentage, a row without a source, rows out of date
  ///   order, a `verifiedThrough` before the last row, a table whose name is not its file's.
  public static func parse(_ text: String, name: String) throws(ConfigurationError) -> RateTable {
    let form = try ConfigurationFile.decode(Form.self, from: text, name: name)
    let problem = { (path: [PolicyProblem.Step], message: String, fix: String) in
      PolicyProblem(path, message, fix: fix).located(in: text, name: name)
    }
    let expected = (name as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
    guard form.table == expected else {
      throw problem(
        [.key("table")], "names the table '\(form.table)' but the file is \(name)",
        "name the file \(form.table).yaml, or the table \(expected)")
    }
    var periods: [Period] = []
    for (index, row) in form.periods.enumerated() {
      let at: [PolicyProblem.Step] = [.key("periods"), .index(index)]
      guard let rate = AnnualRate(percent: row.rate) else {
        throw problem(
          at + [.key("rate")], "'\(row.rate)' is not a percentage",
          "write the yearly rate in percent with at most four decimals, such as \"7.75\"")
      }
      guard !row.source.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw problem(
          at + [.key("source")], "the row from \(row.from) names no source",
          "say where the rate was published (a URL or the official publication)")
      }
      if let previous = periods.last, row.from <= previous.from {
        throw problem(
          at + [.key("from")], "\(row.from) is not after the row before it (\(previous.from))",
          "keep the rows in date order, one row per date")
      }
      periods.append(
        Period(from: row.from, rate: rate, source: row.source, verifiedOn: row.verifiedOn))
    }
    if let last = periods.last, form.verifiedThrough < last.from {
      throw problem(
        [.key("verifiedThrough")],
        "\(form.verifiedThrough) lies before the last row (\(last.from))",
        "set verifiedThrough to the last day the newest row is known to apply")
    }
    do {
      return try RateTable(
        name: form.table, title: form.title, verifiedThrough: form.verifiedThrough,
        periods: periods)
    } catch {
      throw problem([.key("periods")], error.message, error.fix)
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
