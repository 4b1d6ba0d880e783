import Foundation

/// What `xl/workbook.xml` and its relationships say: the sheets in workbook order with their
/// parts, the date system, and where the shared strings and styles are.
struct XLSXWorkbook {
  /// One `<sheet>` of the workbook.
  struct Sheet {
    /// The name on the sheet's tab.
    let name: String
    /// The part holding its cells; nil when the relationship is missing.
    let part: String?
    /// Whether the part is a worksheet (not a chart sheet, a dialog or a macro sheet).
    let isWorksheet: Bool
  }

  /// The workbook part every `.xlsx` has.
  static let part = "xl/workbook.xml"
  /// The workbook's relationships part.
  static let relationshipsPart = "xl/_rels/workbook.xml.rels"

  /// The sheets in tab order.
  let sheets: [Sheet]
  /// Whether serial dates count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac Excel)
  /// instead of 1900-01-01.
  let uses1904Dates: Bool
  /// The shared strings part, if the workbook has one.
  let sharedStringsPart: String?
  /// The styles part, if the workbook has one.
  let stylesPart: String?

  /// Reads the workbook part and its relationships from the package.
  /// - Throws: the parts' XML errors, `damagedWorkbook` when the workbook part is unreadable.
  init(package: XLSXPackage) throws(ParseError) {
    guard let bytes = try package.part(Self.part) else {
      throw XLSXReader.notAWorkbook(file: package.file, detail: "it has no \(Self.part)")
    }
    let relationships =
      try package.part(Self.relationshipsPart).map { (rels) throws(ParseError) in
        try XLSXRelationships(
          rels, part: Self.relationshipsPart, folder: "xl/", file: package.file)
      } ?? XLSXRelationships()
    let listed = try XLSXPartStream.read(bytes, part: Self.part, file: package.file) { reader in
      var sheets: [(name: String, id: String?)] = []
      var uses1904 = false
      try reader.forEachChild {
        if reader.isNamed("workbookPr") {
          let value = try reader.expand().attribute("date1904")
          uses1904 = value == "1" || value == "true"
          try reader.skip()
        } else if reader.isNamed("sheets") {
          try reader.forEachChild {
            let node = try reader.expand()
            if node.isNamed("sheet") {
              sheets.append((node.attribute("name") ?? "", node.attribute("id")))
            }
            try reader.skip()
          }
        } else {
          try reader.skip()
        }
      }
      return (sheets: sheets, uses1904: uses1904)
    }
    sheets = listed.sheets.map { sheet in
      let target = sheet.id.flatMap { relationships.targets[$0] }
      return Sheet(name: sheet.name, part: target?.part, isWorksheet: target?.type == "worksheet")
    }
    uses1904Dates = listed.uses1904
    sharedStringsPart =
      relationships.first(ofType: "sharedStrings")?.part
      ?? (package.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
    stylesPart =
      relationships.first(ofType: "styles")?.part
      ?? (package.contains("xl/styles.xml") ? "xl/styles.xml" : nil)
  }

  /// The sheet to read: the one named `name` (exactly, else ignoring case, as Excel compares
  /// sheet names), or the first worksheet in tab order.
  /// - Throws: `sheetNotFound` naming the sheets there are.
  func sheet(named name: String?, file: String) throws(ParseError) -> Sheet {
    let found =
      name.map { name in
        sheets.first { $0.name == name }
          ?? sheets.first { $0.name.lowercased() == name.lowercased() }
      } ?? sheets.first(where: \.isWorksheet)
    guard let found else {
      throw XLSXReader.sheetMissing(file: file, name: name, available: sheets.map(\.name))
    }
    return found
  }
}
