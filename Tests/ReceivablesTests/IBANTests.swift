import Receivables
import Testing

struct IBANTests {
  @Test("an IBAN compares the same however it is spaced or cased")
  func compact() {
    #expect(IBAN.compact("nl91 abna 0417 1643 00") == "NL91ABNA0417164300")
    #expect(IBAN.compact(" GB33-BUKB-2020-1555-5555-55 ") == "GB33BUKB20201555555555")
  }

  @Test(
    "check digits decide whether an IBAN is valid",
    arguments: [
      ("NL91ABNA0417164300", true), ("DE89 3704 0044 0532 0130 00", true),
      ("GB33BUKB20201555555555", true), ("NL91ABNA0417164301", false), ("NL91", false),
      ("9191ABNA0417164300", false), ("", false),
    ])
  func validity(text: String, valid: Bool) {
    #expect(IBAN.isValid(text) == valid)
  }
}
