import Foundation
import Receivables
import Testing

/// Published examples of every scheme, as printed, with their scheme and electronic form.
///
/// Sources, by scheme:
/// - RF: "RF18 5390 0754 7034" — python-stdnum `stdnum.iso11649` documentation
///   (arthurdejong.org/python-stdnum/doc/1.20/stdnum.iso11649), also the QR-bill guidelines'
///   example; "RF18 0000 0000 0539 0075 4703 4" — kmukku/php-iso11649 tests (the same reference
///   padded to 21 characters); "RF720HYA6" — npm iso-11649 README; "RF23EF4UHBVNPLHKG3HZ9SGGT",
///   "RF03SW3EZRUFBK", "RF72YW", "RF08P", "RF097" — python-stdnum tests/test_iso11649.doctest
///   (generated at mobilefish.com).
/// - Belgian OGM/VCS: "+++090/9337/55493+++" — ruudvdd/ogm README (packagist);
///   "+++010/8068/17183+++" — python-stdnum `stdnum.be.ogm_vcs` (citing Febelfin);
///   "+++016/1780/00005+++" — Dodona exercise "gestructureerde mededeling" (UGent).
/// - Dutch betalingskenmerk: "5000 0567 8901 2345" — Betaalvereniging "Specificaties
///   betalingskenmerk" and XMLdation wiki "Betalingskenmerk" ("(5)000 0567 8901 2345");
///   "12 2345 3462 2567" — Betaalvereniging, 14 digits with check digit 1 and length code 2.
/// - Finnish viitenumero: "12 34561" — XMLdation "Finnish reference number" after Finance
///   Finland's "Kotimaisen viitteen rakenneohje", also its 20-digit machine form
///   "00000000000001234561"; "123453" — johannwalder.com (2014), basic number 12345;
///   "1 23456 71234 56784" — JustOn documentation "Finnish Reference Number".
/// - Norwegian KID: MOD10 "12344", "2345676", MOD11 "12343", "12345678903", "310", "40-" —
///   Ondkloss/norwegian-numbers.js tests and README; MOD10 "23456783", MOD11 "23456788" —
///   PyPI kid-util README.
/// - Swiss QR: "21 00000 00003 13947 14300 09017" — SIX QR-bill implementation guidelines, via
///   python-stdnum `stdnum.ch.esr`; the other 27-digit ones are the payment slips in python-stdnum
///   tests/test_ch_esr.doctest.
enum PaymentReferenceExamples {
  typealias Example = (printed: String, scheme: PaymentReference.Scheme, value: String)

  static let creditorReferences: [Example] = [
    ("RF18 5390 0754 7034", .creditorReference, "RF18539007547034"),
    ("RF18 0000 0000 0539 0075 4703 4", .creditorReference, "RF18000000000539007547034"),
    ("RF720HYA6", .creditorReference, "RF720HYA6"),
    ("RF23EF4UHBVNPLHKG3HZ9SGGT", .creditorReference, "RF23EF4UHBVNPLHKG3HZ9SGGT"),
    ("RF03SW3EZRUFBK", .creditorReference, "RF03SW3EZRUFBK"),
    ("RF72YW", .creditorReference, "RF72YW"),
    ("RF08P", .creditorReference, "RF08P"),
    ("RF097", .creditorReference, "RF097"),
  ]
  static let belgian: [Example] = [
    ("+++090/9337/55493+++", .belgianStructured, "090933755493"),
    ("+++010/8068/17183+++", .belgianStructured, "010806817183"),
    ("+++016/1780/00005+++", .belgianStructured, "016178000005"),
  ]
  static let dutch: [Example] = [
    ("5000 0567 8901 2345", .dutchPaymentFeature, "5000056789012345"),
    ("12 2345 3462 2567", .dutchPaymentFeature, "12234534622567"),
  ]
  static let finnish: [Example] = [
    ("12 34561", .finnish, "1234561"),
    ("00000000000001234561", .finnish, "1234561"),
    ("123453", .finnish, "123453"),
    ("1 23456 71234 56784", .finnish, "1234567123456784"),
  ]
  static let kid: [Example] = [
    ("12344", .norwegianKID, "12344"),
    ("2345676", .norwegianKID, "2345676"),
    ("23456783", .norwegianKID, "23456783"),
    ("12343", .norwegianKID, "12343"),
    ("12345678903", .norwegianKID, "12345678903"),
    ("310", .norwegianKID, "310"),
    ("40-", .norwegianKID, "40-"),
    ("23456788", .norwegianKID, "23456788"),
  ]
  static let swiss: [Example] = [
    ("21 00000 00003 13947 14300 09017", .swissQR, "210000000003139471430009017"),
    ("20 12440 00000 46370 02019 05153", .swissQR, "201244000000463700201905153"),
    ("361610000000000020190704093", .swissQR, "361610000000000020190704093"),
    ("31 23711 80610 58530 00071 92101", .swissQR, "312371180610585300007192101"),
    ("90 00170 00000 00214 95962 25686", .swissQR, "900017000000002149596225686"),
  ]
  static let all = creditorReferences + belgian + dutch + finnish + kid + swiss

  /// Every text made from `value` by replacing one digit with another; letters are left alone.
  static func singleDigitMistypes(of value: String) -> [String] {
    let characters = Array(value)
    var mistypes: [String] = []
    for (position, character) in characters.enumerated() where character.isNumber {
      for digit in "0123456789" where digit != character {
        var changed = characters
        changed[position] = digit
        mistypes.append(String(changed))
      }
    }
    return mistypes
  }
}

struct PaymentReferenceTests {
  @Test(
    "Published examples of every scheme are accepted and kept in electronic form",
    arguments: PaymentReferenceExamples.all)
  func acceptsPublishedExamples(example: PaymentReferenceExamples.Example) throws {
    let reference = try PaymentReference(example.printed, scheme: example.scheme)
    #expect(reference.scheme == example.scheme)
    #expect(reference.value == example.value)
  }

  @Test(
    "Published and derived numbers with a wrong check digit are rejected as such",
    arguments: [
      // python-stdnum stdnum.iso11649 documentation.
      ("RF17 5390 0754 7034", PaymentReference.Scheme.creditorReference),
      // npm iso-11649 README: validate('RF19GAX8WS5JYOOUJ87') is false.
      ("RF19GAX8WS5JYOOUJ87", .creditorReference),
      // python-stdnum stdnum.be.ogm_vcs documentation.
      ("010/8068/17180", .belgianStructured),
      // python-stdnum stdnum.ch.esr documentation.
      ("210000000003139471430009016", .swissQR),
      // The Betaalvereniging example with its check digit 5 changed to 4.
      ("4000 0567 8901 2345", .dutchPaymentFeature),
      // The XMLdation/Finance Finland example with its check digit 1 changed to 2.
      ("12 34562", .finnish),
      // norwegian-numbers.js MOD10 example 12344 with 5 last: wrong by MOD10 and by MOD11.
      ("12345", .norwegianKID),
      // kid-util's MOD11 example 2345678 ending in "-" instead of its check digit 8.
      ("2345678-", .norwegianKID),
      // ISO 7064 check digits run from 02 to 98. RF9772, RF9854 and RF0236 are valid (computed
      // independently); 00 ≡ 97, 01 ≡ 98 and 99 ≡ 02 modulo 97 pass the remainder test but
      // never occur.
      ("RF0072", .creditorReference),
      ("RF0154", .creditorReference),
      ("RF9936", .creditorReference),
    ])
  func rejectsWrongCheckDigits(text: String, scheme: PaymentReference.Scheme) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference(text, scheme: scheme)
    }
    #expect(error?.code == .wrongCheckDigits)
  }

  @Test(
    "A single mistyped digit is always caught (RF, OGM, Finnish, Swiss, 16-digit Dutch)",
    arguments: PaymentReferenceExamples.creditorReferences + PaymentReferenceExamples.belgian
      + PaymentReferenceExamples.finnish.filter { !$0.printed.hasPrefix("0") }
      + PaymentReferenceExamples.swiss + [PaymentReferenceExamples.dutch[0]])
  func catchesEverySingleMistype(example: PaymentReferenceExamples.Example) {
    for mistype in PaymentReferenceExamples.singleDigitMistypes(of: example.value) {
      let error = #expect(throws: PaymentReferenceError.self) {
        try PaymentReference(mistype, scheme: example.scheme)
      }
      #expect(error?.code == .wrongCheckDigits, "\(mistype) as \(example.scheme)")
    }
  }

  @Test(
    "A mistyped Dutch check digit is always caught", arguments: PaymentReferenceExamples.dutch)
  func catchesMistypedDutchCheckDigit(example: PaymentReferenceExamples.Example) {
    for digit in "0123456789" where digit != example.value.first {
      let mistype = String(digit) + example.value.dropFirst()
      let error = #expect(throws: PaymentReferenceError.self, "\(mistype)") {
        try PaymentReference(mistype, scheme: .dutchPaymentFeature)
      }
      #expect(error?.code == .wrongCheckDigits)
    }
  }

  @Test(
    "A KID's last character is right by MOD10 or MOD11: at most one other ending is accepted",
    arguments: PaymentReferenceExamples.kid)
  func kidAcceptsOnlyTheTwoAlgorithmsEndings(example: PaymentReferenceExamples.Example) {
    let stem = example.value.dropLast()
    let otherEndings = "0123456789-".filter { String($0) != example.value.suffix(1) }
    let accepted = otherEndings.filter {
      (try? PaymentReference(stem + String($0), scheme: .norwegianKID)) != nil
    }
    #expect(accepted.count <= 1, "\(stem) accepts the endings \(accepted)")
  }

  @Test("A Dutch check digit of 1 also stands for 10, as the Betaalvereniging specifies")
  func dutchCheckDigitOneStandsForTen() throws {
    // 11 − (sum mod 11) is 10 for 2234534622567, written 1: the published example.
    let published = try PaymentReference("12 2345 3462 2567", scheme: .dutchPaymentFeature)
    #expect(published.value == "12234534622567")
    // Its neighbour with remainder 10 gets check digit 1 too, so this mistype goes unnoticed.
    let neighbour = try PaymentReference("12 2345 3462 2568", scheme: .dutchPaymentFeature)
    #expect(neighbour.value == "12234534622568")
  }

  @Test(
    "The 7-digit Dutch betalingskenmerk has no check digit and is taken as it is",
    arguments: ["1234567", "765 4321", "0000001"])
  func acceptsShortDutchForm(text: String) throws {
    let reference = try PaymentReference(text, scheme: .dutchPaymentFeature)
    #expect(reference.value == text.filter(\.isNumber))
  }

  @Test(
    "Too short or too long references are rejected with wrongLength",
    arguments: [
      ("RF18", PaymentReference.Scheme.creditorReference),
      ("RF18 5390 0754 7034 1234 5678 9012", .creditorReference),
      ("+++090/9337/5549+++", .belgianStructured),
      ("0909337554930", .belgianStructured),
      ("500 0567 8901 2345", .dutchPaymentFeature),
      ("12345678", .dutchPaymentFeature),
      ("1 2345 6789 0123 4567", .dutchPaymentFeature),
      ("13 2345 3462 2567", .dutchPaymentFeature),  // length code 3, but 12 digits follow
      ("123", .finnish),
      ("0000123", .finnish),
      ("123456789012345678901", .finnish),
      ("4", .norwegianKID),
      ("12345678901234567890123456", .norwegianKID),
      ("21 00000 00003 13947 14300 0901", .swissQR),
      ("21 00000 00003 13947 14300 090170", .swissQR),
    ])
  func rejectsWrongLength(text: String, scheme: PaymentReference.Scheme) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference(text, scheme: scheme)
    }
    #expect(error?.code == .wrongLength)
  }

  @Test(
    "Characters a scheme's printed form does not have are rejected with invalidCharacters",
    arguments: [
      ("RF18-5390-0754-7034", PaymentReference.Scheme.creditorReference),
      ("XX18 5390 0754 7034", .creditorReference),
      ("RFAB 5390 0754 7034", .creditorReference),
      ("RF18 5390 0754 703Ä", .creditorReference),
      ("+++090/9337/5549A+++", .belgianStructured),
      ("5000.0567.8901.2345", .dutchPaymentFeature),
      ("12-34561", .finnish),
      ("١٢٣٤٥٦١", .finnish),  // Arabic-Indic digits are digits, but not in a reference
      ("4-0", .norwegianKID),
      ("21.00000.00003.13947.14300.09017", .swissQR),
    ])
  func rejectsInvalidCharacters(text: String, scheme: PaymentReference.Scheme) {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference(text, scheme: scheme)
    }
    #expect(error?.code == .invalidCharacters)
  }

  @Test("An error names the text and the scheme and says what to check")
  func errorExplainsItself() {
    let error = #expect(throws: PaymentReferenceError.self) {
      try PaymentReference("RF17 5390 0754 7034", scheme: .creditorReference)
    }
    #expect(error?.text == "RF17 5390 0754 7034")
    #expect(error?.message.contains("RF17 5390 0754 7034") == true)
    #expect(error?.message.contains("RF creditor reference") == true)
    #expect(error?.message.contains("mistyped") == true)
    #expect(error?.description == error?.message)
  }

  @Test("The same reference written differently is one value: case, delimiters and padding")
  func equalWhateverTheWriting() throws {
    let ogms = try [
      "+++090/9337/55493+++", "***090/9337/55493***", "090/9337/55493", "090933755493",
    ]
    .map { try PaymentReference($0, scheme: .belgianStructured) }
    #expect(Set(ogms).count == 1)
    let lower = try PaymentReference("rf18 5390 0754 7034", scheme: .creditorReference)
    #expect(lower == (try PaymentReference("RF18539007547034", scheme: .creditorReference)))
    let padded = try PaymentReference("0000000000000 1234561", scheme: .finnish)
    #expect(padded == (try PaymentReference("12 34561", scheme: .finnish)))
  }

  @Test("A reference survives being stored as JSON; a tampered one fails to load")
  func codableRoundTrip() throws {
    let references = try PaymentReferenceExamples.all.map {
      try PaymentReference($0.printed, scheme: $0.scheme)
    }
    let data = try JSONEncoder().encode(references)
    #expect(try JSONDecoder().decode([PaymentReference].self, from: data) == references)

    let tampered = Data(#"{"scheme":"creditorReference","value":"RF17539007547034"}"#.utf8)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(PaymentReference.self, from: tampered)
    }
  }
}
