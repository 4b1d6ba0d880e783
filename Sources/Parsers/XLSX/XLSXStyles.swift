import Foundation

/// The cell formats of `xl/styles.xml`, reduced to what reading needs: which cell style
/// (`s="3"`, an index into `<cellXfs>`) shows its number as a date.
struct XLSXStyles {
  /// For each `<cellXfs>` entry, whether its number format is a date or time format.
  private(set) var dateStyles: [Bool] = []

  /// No styles: every number is a plain number.
  init() {}

  /// Reads the custom number formats (`<numFmts>`) and the cell formats (`<cellXfs>`).
  /// - Throws: the part's XML errors.
  init(_ bytes: Data, part: String, file: String) throws(ParseError) {
    dateStyles = try XLSXPartStream.read(bytes, part: part, file: file) { reader in
      var codes: [Int: String] = [:]
      var formats: [Int] = []
      try reader.forEachChild {
        if reader.isNamed("numFmts") {
          for format in try reader.expand().children("numFmt") {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }) {
              codes[id] = format.attribute("formatCode") ?? ""
            }
          }
        } else if reader.isNamed("cellXfs") {
          formats = try reader.expand().children("xf").map { format in
            format.attribute("numFmtId").flatMap { Int($0) } ?? 0
          }
        }
        try reader.skip()
      }
      return formats.map { XLSXNumberFormat.isDate(id: $0, code: codes[$0]) }
    }
  }

  /// Whether the cell style at `index` shows numbers as dates (false for an unknown index).
  func isDate(style index: Int) -> Bool {
    dateStyles.indices.contains(index) && dateStyles[index]
  }
}
