import Normalizer
import Testing

struct IdentifierValueTests {
  static let kept: [(text: String, identifier: String)] = [
    ("00123", "00123"), (" 00123 ", "00123"), ("\u{00A0}C-17\u{00A0}", "C-17"),
    ("=\"00123\"", "00123"), ("=\" 0042 \"", "0042"), ("'00123", "00123"),
    ("12345", "12345"), ("RE-2026-001", "RE-2026-001"), ("2024E001", "2024E001"),
    ("12E3", "12E3"), ("1.5", "1.5"), ("INV 0001 A", "INV 0001 A"),
  ]

  @Test(
    "identifiers stay text: leading zeros kept, Excel's text guards taken off",
    arguments: kept)
  func keepsIdentifier(_ example: (text: String, identifier: String)) throws {
    #expect(try IdentifierReader().identifier(example.text) == example.identifier)
  }

  @Test(
    "an identifier Excel turned into scientific notation is refused",
    arguments: ["1.23E+15", "1,23E+15", "4E+11", "1.2345e+18", "=\"1.23E+15\"", "'9,9E-05"])
  func refusesScientific(_ text: String) {
    let problem = #expect(throws: ValueProblem.self) { try IdentifierReader().identifier(text) }
    #expect(problem?.code == .changedByExcel)
  }

  @Test("the Excel message says the digits are lost and how to export as text")
  func scientificMessage() {
    let problem = #expect(throws: ValueProblem.self) {
      try IdentifierReader().identifier("1.23E+15")
    }
    #expect(
      problem?.description
        == "Excel changed this identifier into the number 1.23E+15; the original digits are lost; export the column as text (in Excel: format the column as Text before saving, or use 'CSV UTF-8' from the accounting system directly)"
    )
  }

  @Test("an empty identifier is missing", arguments: ["", "  ", "=\"\"", "'"])
  func emptyIdentifier(_ text: String) {
    let problem = #expect(throws: ValueProblem.self) { try IdentifierReader().identifier(text) }
    #expect(problem?.code == .missing)
  }
}
