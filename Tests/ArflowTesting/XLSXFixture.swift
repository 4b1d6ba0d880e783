public import Foundation
import Testing
import ZIPFoundation

/// Workbooks built in the tests from XML strings, zipped with ZIPFoundation, so each test shows
/// exactly the parts it reads.
public enum XLSXFixture {
  /// One sheet of a fixture workbook: its tab name and the rows inside `<sheetData>`.
  public struct Sheet {
    public let name: String
    public let rows: String
    /// What follows `<sheetData>`, e.g. `<mergeCells>`.
    public var after = ""

    public init(name: String, rows: String, after: String = "") {
      self.name = name
      self.rows = rows
      self.after = after
    }
  }

  /// The cell formats every fixture workbook has, by the `s` index the rows use.
  public enum Style: Int {
    case general = 0
    case isoDate = 1  // built-in 14
    case dayMonthYear = 2  // custom "dd-mm-yyyy"
    case localeDate = 3  // custom "[$-409]d-mmm-yy"
    case days = 4  // custom "\"Days\"0": a number
    case amount = 5  // built-in 4, "#,##0.00"
    case text = 6  // built-in 49, "@"
    case dateTime = 7  // built-in 22, "m/d/yy h:mm"
    case elapsed = 8  // custom "[h]:mm": a duration
  }

  public static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="4"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/>\
    <numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yy;@"/>\
    <numFmt numFmtId="166" formatCode="&quot;Days&quot;0"/>\
    <numFmt numFmtId="167" formatCode="[h]:mm"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
    <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>\
    <xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="4"/>\
    <xf numFmtId="49"/><xf numFmtId="22"/><xf numFmtId="167"/></cellXfs>
    </styleSheet>
    """

  /// A workbook with these sheets (tab order), shared strings and date system.
  /// - Parameters:
  ///   - absoluteTargets: write the relationship targets as `/xl/worksheets/…`.
  public static func workbook(
    _ sheets: [Sheet], sharedStrings: [String] = [], date1904: Bool = false,
    absoluteTargets: Bool = false, extraParts: [(String, String)] = []
  ) throws -> Data {
    var parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", rootRelationships),
      ("xl/workbook.xml", workbookXML(sheets, date1904: date1904)),
      ("xl/_rels/workbook.xml.rels", relationships(sheets.count, absolute: absoluteTargets)),
      ("xl/styles.xml", styles),
    ]
    if !sharedStrings.isEmpty { parts.append(("xl/sharedStrings.xml", sst(sharedStrings))) }
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        ("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.rows, after: sheet.after)))
    }
    return try package(parts + extraParts)
  }

  /// A one-sheet workbook named `Sheet1`.
  public static func workbook(rows: String, sharedStrings: [String] = [], date1904: Bool = false)
    throws -> Data
  {
    try workbook(
      [Sheet(name: "Sheet1", rows: rows)], sharedStrings: sharedStrings, date1904: date1904)
  }

  /// A ZIP of these parts (path, text), deflated, in order.
  public static func package(_ parts: [(String, String)], compressed: Bool = true) throws -> Data {
    try zip(parts.map { ($0.0, Data($0.1.utf8)) }, compressed: compressed)
  }

  /// A ZIP of these parts (path, bytes), in order.
  public static func zip(_ parts: [(String, Data)], compressed: Bool = true) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    for (path, bytes) in parts {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: compressed ? .deflate : .none
      ) { position, size in
        bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return try #require(archive.data)
  }

  /// A worksheet part: `rows` inside `<sheetData>`, then `after` (`<mergeCells>`, …).
  public static func worksheet(_ rows: String, after: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
    <dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>\
    <sheetData>\(rows)</sheetData>\(after)<pageMargins left="0.7" right="0.7" top="0.75" \
    bottom="0.75" header="0.3" footer="0.3"/></worksheet>
    """
  }

  public static func sst(_ strings: [String]) -> String {
    let items = strings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      count="\(strings.count)" uniqueCount="\(strings.count)">\(items.joined())</sst>
      """
  }

  private static func workbookXML(_ sheets: [Sheet], date1904: Bool) -> String {
    let listed = sheets.enumerated().map { index, sheet in
      "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(listed.joined())</sheets></workbook>
      """
  }

  private static func relationships(_ count: Int, absolute: Bool) -> String {
    let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let sheets = (0..<count).map { $0 + 1 }.map { index in
      let target = (absolute ? "/xl/" : "") + "worksheets/sheet\(index).xml"
      return "<Relationship Id=\"rId\(index)\" Type=\"\(type)/worksheet\" Target=\"\(target)\"/>"
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      \(sheets.joined())\
      <Relationship Id="rId90" Type="\(type)/styles" Target="styles.xml"/>\
      <Relationship Id="rId91" Type="\(type)/sharedStrings" Target="sharedStrings.xml"/>\
      </Relationships>
      """
  }

  private static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    </Types>
    """

  private static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="xl/workbook.xml"/></Relationships>
    """
}
