import Receivables
import Testing

struct PaymentReferenceCreditorReferenceTests {
  @Test(
    "An RF reference is generated with the published check digits",
    arguments: [
      // kmukku/php-iso11649 tests.
      ("5390 0754 7034", "RF18539007547034"),
      ("000000000539007547034", "RF18000000000539007547034"),
      // npm node-iso11649 README.
      ("AB2G5", "RF68AB2G5"),
      ("aB2g5", "RF68AB2G5"),
      ("12345 12345", "RF451234512345"),
      // npm iso-11649 README; the second one fills all 21 characters.
      ("TU06FX", "RF96TU06FX"),
      ("X2HU4TC28XTYLHASYWT91", "RF14X2HU4TC28XTYLHASYWT91"),
      // The ends of the 02…98 range, computed independently; 02 keeps its leading zero.
      ("72", "RF9772"),
      ("54", "RF9854"),
      ("36", "RF0236"),
    ])
  func generatesPublishedReferences(invoiceNumber: String, expected: String) throws {
    let reference = try PaymentReference.creditorReference(for: invoiceNumber)
    #expect(reference.scheme == .creditorReference)
    #expect(reference.value == expected)
  }

  @Test("Invoice 2024-0012 gets RF26 2024 0012: the hyphen is dropped, the check digits computed")
  func invoiceNumberWithHyphen() throws {
    // 98 − ("20240012" + "RF00" as 20240012271500 mod 97 = 72) = 26, checked with an
    // independent calculation.
    let reference = try PaymentReference.creditorReference(for: "2024-0012")
    #expect(reference.value == "RF2620240012")
    #expect(reference.formatted == "RF26 2024 0012")
    #expect(try PaymentReference(recognising: "RF26 2024 0012") == reference)
  }

  @Test(
    "Generated references validate and survive printing",
    arguments: ["INV-2024/0012", "F 2024 118", "0000001", "ZZZZZZZZZZZZZZZZZZZZZ", "a", "2024001"])
  func generatedReferencesValidate(invoiceNumber: String) throws {
    let reference = try PaymentReference.creditorReference(for: invoiceNumber)
    #expect(try PaymentReference(reference.formatted, scheme: .creditorReference) == reference)
    #expect(PaymentReference.find(in: "paid \(reference.formatted) thanks") == [reference])
  }

  @Test(
    "An invoice number without letters or digits, or with more than 21, is refused",
    arguments: ["", "--/--", "INV-2024-0000-0000-0000-123", "1234567890123456789012"])
  func refusesWrongLength(invoiceNumber: String) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference.creditorReference(for: invoiceNumber)
    }
    #expect(error?.code == .wrongLength)
    #expect(error?.text == invoiceNumber)
  }

  @Test("A letter outside A–Z is refused rather than silently dropped")
  func refusesAccentedLetters() {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference.creditorReference(for: "FACTURE-É12")
    }
    #expect(error?.code == .invalidCharacters)
    #expect(error?.message.contains("É") == true)
  }
}
