import Receivables
import Testing

struct PaymentReferenceRecognitionTests {
  @Test(
    "The scheme is recognised from RF, +++/*** delimiters, slashes or the number of digits",
    arguments: [
      ("RF18 5390 0754 7034", PaymentReference.Scheme.creditorReference, "RF18539007547034"),
      ("rf18539007547034", .creditorReference, "RF18539007547034"),
      (" RF72YW ", .creditorReference, "RF72YW"),
      ("+++090/9337/55493+++", .belgianStructured, "090933755493"),
      ("***010/8068/17183***", .belgianStructured, "010806817183"),
      ("016/1780/00005", .belgianStructured, "016178000005"),
      ("090933755493", .belgianStructured, "090933755493"),
      ("5000 0567 8901 2345", .dutchPaymentFeature, "5000056789012345"),
      ("21 00000 00003 13947 14300 09017", .swissQR, "210000000003139471430009017"),
      ("361610000000000020190704093", .swissQR, "361610000000000020190704093"),
    ])
  func recognises(text: String, scheme: PaymentReference.Scheme, value: String) throws {
    let reference = try PaymentReference(recognising: text)
    #expect(reference.scheme == scheme)
    #expect(reference.value == value)
  }

  @Test(
    "Finnish references, KIDs, short Dutch forms and other text are not recognised",
    arguments: [
      "12 34561",  // Finnish (Finance Finland example)
      "12345678903",  // KID MOD11 (norwegian-numbers.js)
      "40-",  // KID MOD11 ending in "-"
      "1234567",  // Dutch 7-digit form, which has no check digit
      "12 2345 3462 2567",  // Dutch 14-digit form with length code
      "2024-0012",
      "NL91ABNA0417164300",
      "2024-03-15",
      "",
      "Betaling factuur",
    ])
  func doesNotRecognise(text: String) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference(recognising: text)
    }
    #expect(error?.code == .unrecognised)
    #expect(error?.message.contains("Finnish") == true)
  }

  @Test(
    "A text with a scheme's shape but a wrong check is reported for that scheme",
    arguments: [
      ("RF17 5390 0754 7034", PaymentReferenceError.Code.wrongCheckDigits, "RF creditor"),
      ("RF18 5390 0754 7034 1234 5678 90", .wrongLength, "RF creditor"),
      ("+++090/9337/55494+++", .wrongCheckDigits, "Belgian"),
      ("+++090/9337/5549+++", .wrongLength, "Belgian"),
      ("090933755494", .wrongCheckDigits, "Belgian"),
      ("5000 0567 8901 2346", .wrongCheckDigits, "Dutch"),
      ("21 00000 00003 13947 14300 09016", .wrongCheckDigits, "Swiss"),
    ])
  func reportsTheSchemeItLooksLike(
    text: String, code: PaymentReferenceError.Code, schemeWord: String
  ) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference(recognising: text)
    }
    #expect(error?.code == code)
    #expect(error?.message.contains(schemeWord) == true)
  }

  @Test("16 digits are read as Dutch even when they are also a valid Finnish reference")
  func sixteenDigitsAreDutch() throws {
    // JustOn's Finnish example happens to pass the Dutch mod-11 check too.
    let recognised = try PaymentReference(recognising: "1234567123456784")
    #expect(recognised.scheme == .dutchPaymentFeature)
    let finnish = try PaymentReference("1234567123456784", scheme: .finnish)
    #expect(finnish.scheme == .finnish)
    #expect(finnish != recognised)
  }

  @Test("A Belgian account number's 12 digits pass as an OGM when given alone")
  func twelveDigitsAreBelgian() throws {
    // The BBAN of the example IBAN BE68 5390 0754 7034 has the same mod-97 check as an OGM.
    let reference = try PaymentReference(recognising: "539007547034")
    #expect(reference.scheme == .belgianStructured)
    #expect(reference.formatted == "+++539/0075/47034+++")
  }
}
