import Foundation

/// The shared string table (`xl/sharedStrings.xml`): the text of every `t="s"` cell, by index.
struct XLSXSharedStrings {
  private(set) var strings: [String] = []

  /// No shared strings (a workbook whose text is all inline, or that has none).
  init() {}

  /// Reads the table, one `<si>` at a time.
  /// - Throws: the part's XML errors.
  init(_ bytes: Data, part: String, file: String) throws(ParseError) {
    strings = try XLSXPartStream.read(bytes, part: part, file: file) { reader in
      var strings: [String] = []
      try reader.forEachChild {
        if reader.isNamed("si") { strings.append(try reader.expand().cellText) }
        try reader.skip()
      }
      return strings
    }
  }

  /// The string at `index`, nil when the table is shorter.
  subscript(index: Int) -> String? {
    strings.indices.contains(index) ? strings[index] : nil
  }

  /// How many strings the table holds.
  var count: Int { strings.count }
}
