import Foundation

/// The mapping chosen for a file, and why.
public struct MappingChoice: Sendable {
  public let mapping: SourceMapping
  /// Why it was chosen: the glob and the columns it found.
  public let reason: String

  public init(mapping: SourceMapping, reason: String) {
    self.mapping = mapping
    self.reason = reason
  }

  /// Picks the mapping whose file-name glob matches `fileName` and whose recognition columns
  /// all appear in one of the first rows; the one with most such columns wins.
  ///
  /// What a file is comes from its content: a table saved under another name (`items.txt`,
  /// `items.xlsx`, `export.dat`) is matched as if it were named `items.csv` too, so a glob like
  /// `*.csv` or `*targobank*.csv` reads the same table whatever the file is called.
  /// - Throws: `NormalizerError` with code `noMapping`, listing what each candidate missed.
  public static func choose(
    for fileName: String, rows: [[String]], among mappings: [SourceMapping]
  ) throws(NormalizerError) -> MappingChoice {
    var best: (mapping: SourceMapping, score: Int)?
    var misses: [String] = []
    let stem = (fileName as NSString).deletingPathExtension
    let names = [fileName, stem + ".csv"]
    for mapping in mappings where mapping.kind != .eInvoices {
      guard
        mapping.recognise.fileNames.contains(where: { glob in
          names.contains { Glob(glob).matches($0) }
        })
      else {
        misses.append(
          "\(mapping.name): the name does not match \(mapping.recognise.fileNames.joined(separator: " or "))"
        )
        continue
      }
      if let firstLine = mapping.recognise.firstLine {
        let first = rows.first?.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard first.uppercased().hasPrefix(firstLine.uppercased()) else {
          misses.append("\(mapping.name): the first line does not start with \(firstLine)")
          continue
        }
      }
      guard HeaderLayout(rows: rows, mapping: mapping) != nil else {
        let present = Set(rows.prefix(20).flatMap { $0 }.map(ColumnName.init))
        let wanted =
          mapping.recognise.columns.isEmpty
          ? mapping.recognitionFields.map {
            "a column for \($0) (\(mapping.fields[$0]?.joined(separator: "/") ?? ""))"
          }
          : mapping.recognise.columns.filter { !present.contains(ColumnName($0)) }
        misses.append("\(mapping.name): no header row with \(wanted.joined(separator: ", "))")
        continue
      }
      // More specific wins: more recognition columns, a first line; a file without a header
      // (recognised by name only) loses against any header.
      let score =
        mapping.recognise.noHeader
        ? 0
        : 1 + max(mapping.recognise.columns.count, mapping.recognitionFields.count)
          + (mapping.recognise.firstLine == nil ? 0 : 10)
      if score > best?.score ?? -1 { best = (mapping, score) }
    }
    guard let best else {
      throw Self.noMapping(fileName, rows: rows, among: mappings, misses: misses)
    }
    return MappingChoice(
      mapping: best.mapping,
      reason: reason(for: best.mapping))
  }

  /// The "no mapping reads this file" error: the header found, the one or two nearest mappings
  /// with what they miss and the alias to add; every mapping's miss in `details`.
  static func noMapping(
    _ fileName: String, rows: [[String]], among mappings: [SourceMapping], misses: [String]
  ) -> NormalizerError {
    let near = mappings.filter { $0.kind != .eInvoices && !$0.recognise.noHeader }
      .map { MappingNearMiss($0, rows: rows) }.filter { $0.found + $0.suggestions.count > 0 }
      .sorted { $0.closeness > $1.closeness }
      .prefix(2)
    let header = near.first?.header ?? rows.first ?? []
    var message = "no mapping in mappings/sources reads this file"
    if !header.isEmpty {
      message += "; its header is: \(header.filter { !$0.isEmpty }.joined(separator: ", "))"
    }
    var fix = "add a mapping, or export with the columns of mappings/sources/generic.yaml"
    if !near.isEmpty {
      fix = "nearest: " + near.map(\.sentence).joined(separator: "; ")
    }
    var error = NormalizerError(.noMapping, file: fileName, message, fix: fix)
    error.details = misses
    return error
  }

  private static func reason(for mapping: SourceMapping) -> String {
    if mapping.recognise.noHeader {
      return
        "the file name matches \(mapping.recognise.fileNames.joined(separator: " or ")) and the file has no header"
    }
    let columns =
      mapping.recognise.columns.isEmpty
      ? mapping.recognitionFields.map { "a column for \($0)" } : mapping.recognise.columns
    var reason = "the header has \(columns.joined(separator: ", "))"
    if let firstLine = mapping.recognise.firstLine {
      reason += " and the first line starts with \(firstLine)"
    }
    return reason
  }
}

/// A shell-style file-name pattern ("*.csv", "open-items-*.CSV"), matched case-insensitively.
struct Glob: Sendable {
  let pattern: String

  init(_ pattern: String) { self.pattern = pattern }

  func matches(_ name: String) -> Bool {
    fnmatch(pattern.lowercased(), name.lowercased(), 0) == 0
  }
}
