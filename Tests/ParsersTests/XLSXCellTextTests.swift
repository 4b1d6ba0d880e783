import Foundation
import Testing

@testable import Parsers

struct XLSXCellTextTests {
  static let numbers: [(Double, String)] = [
    (0.1 + 0.2, "0.30000000000000004"), (1234.5, "1234.5"), (-12, "-12"), (1234.56, "1234.56"),
    (123_456_789_012_345, "123456789012345"), (1_234_567_890_123_456, "1234567890123456"),
    (12_345_678_901_234_568, "12345678901234568"), (1e21, "1000000000000000000000"),
    (0.00001, "0.00001"), (-0.000123, "-0.000123"), (1e-7, "0.0000001"), (100, "100"),
    (-0.0, "0"), (99_999_999.99, "99999999.99"),
    (.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),
  ]

  @Test("numbers are the shortest round-trip decimal without exponent", arguments: numbers)
  func numberText(_ value: Double, _ expected: String) throws {
    let text = try #require(XLSXNumberText.text(value))
    #expect(text == expected)
    #expect(Double(text) == value)
    #expect(!text.contains("e") && !text.contains("E"))
  }

  static let serials: [(Double, Bool, String?)] = [
    (1, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"),
    (61, false, "1900-03-01"), (45366, false, "2024-03-15"), (45366.999, false, "2024-03-15"),
    (45365.9999999999, false, "2024-03-15"), (2_958_465, false, "9999-12-31"),
    (2_958_466, false, nil), (0, false, nil), (0.5, false, nil), (-1, false, nil),
    (0, true, "1904-01-01"), (43904, true, "2024-03-15"), (1, true, "1904-01-02"),
  ]

  @Test("serial days become ISO dates in both date systems", arguments: serials)
  func serialDates(_ serial: Double, _ uses1904: Bool, _ expected: String?) {
    #expect(XLSXSerialDate.isoDate(serial, uses1904Dates: uses1904) == expected)
  }

  static let formats: [(Int, String?, Bool)] = [
    (0, nil, false), (2, nil, false), (4, nil, false), (14, nil, true), (22, nil, true),
    (27, nil, true), (45, nil, true), (49, nil, false), (58, nil, true), (59, nil, false),
    (164, "dd-mm-yyyy", true), (165, "[$-409]d-mmm-yy;@", true), (166, "0.00", false),
    (167, "\"Days\"0", false), (168, "#,##0.00 [$€-407];[Red]-#,##0.00 [$€-407]", false),
    (169, "yyyy\\-mm\\-dd", true), (170, "[h]:mm:ss", false), (171, "General", false),
    (172, "0.00_);(0.00)", false), (173, "@", false), (174, "h:mm AM/PM", true),
    (14, "0.00", false),
  ]

  @Test("date formats are told from number formats", arguments: formats)
  func dateFormats(_ id: Int, _ code: String?, _ isDate: Bool) {
    #expect(XLSXNumberFormat.isDate(id: id, code: code) == isDate)
  }

  @Test("cell names give their columns, and bad ones none")
  func cellReferences() {
    #expect(XLSXCellReference.column(of: "A1") == 0)
    #expect(XLSXCellReference.column(of: "Z9") == 25)
    #expect(XLSXCellReference.column(of: "AA12") == 26)
    #expect(XLSXCellReference.column(of: "$AB$3") == 27)
    #expect(XLSXCellReference.column(of: "XFD1048576") == 16383)
    #expect(XLSXCellReference.column(of: "XFE1") == nil)
    #expect(XLSXCellReference.column(of: "ABCD1") == nil)
    #expect(XLSXCellReference.column(of: "12") == nil)
    #expect(XLSXCellReference.column(of: "") == nil)
  }

  @Test("_xHHHH_ escapes become characters, other underscores stay")
  func escapes() {
    #expect(XLSXEscapes.decoded("a_x000D__x000A_b") == "a\r\nb")
    #expect(XLSXEscapes.decoded("_x005F_x0041_") == "_x0041_")
    #expect(XLSXEscapes.decoded("snake_case_x12") == "snake_case_x12")
    #expect(XLSXEscapes.decoded("_xD83D__xDE00_") == "😀")
  }

  @Test("relationship targets resolve relative and absolute")
  func targets() {
    #expect(
      XLSXRelationships.resolve("worksheets/sheet1.xml", in: "xl/") == "xl/worksheets/sheet1.xml")
    #expect(
      XLSXRelationships.resolve("/xl/worksheets/sheet1.xml", in: "xl/")
        == "xl/worksheets/sheet1.xml")
    #expect(XLSXRelationships.resolve("../xl/./sheet%202.xml", in: "xl/") == "xl/sheet 2.xml")
  }
}
