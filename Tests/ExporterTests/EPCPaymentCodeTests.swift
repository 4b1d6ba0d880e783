import Exporter
import Testing

struct EPCPaymentCodeTests {
  /// The details of one payment code, valid unless a test changes one.
  struct Details: Sendable {
    var name = "Arflow Demo B.V."
    var iban = "NL91ABNA0417164300"
    var bic: String? = "ABNANL2A"
    var cents: Int64 = 123_456
    var currency = "EUR"
    var reference: String? = "RF18539007547034"
    var text: String?

    func code() throws(EPCPaymentCodeError) -> EPCPaymentCode {
      try EPCPaymentCode(
        beneficiaryName: name, iban: iban, bic: bic, amountInCents: cents, currency: currency,
        creditorReference: reference, remittanceText: text)
    }
  }

  @Test("a reminder with an RF reference gives the EPC069-12 version 002 payload, line by line")
  func payloadWithReference() throws {
    let expected = [
      "BCD",  // service tag
      "002",  // version
      "1",  // character set: UTF-8
      "SCT",  // SEPA credit transfer
      "ABNANL2A",  // BIC
      "Arflow Demo B.V.",  // beneficiary
      "NL91ABNA0417164300",  // IBAN
      "EUR1234.56",  // amount
      "",  // purpose: none
      "RF18539007547034",  // structured reference; text and information lines are omitted
    ].joined(separator: "\n")
    #expect(try Details().code().payload == expected)
  }

  @Test("spaces and lower case in IBAN, BIC and reference are accepted and removed")
  func printedFormsAreAccepted() throws {
    var details = Details()
    details.iban = "nl91 abna 0417 1643 00"
    details.bic = " abnanl2a "
    details.reference = "RF18 5390 0754 7034"
    #expect(try details.code().payload == Details().code().payload)
  }

  @Test("without BIC and reference the remittance text goes on line 11, whole cents get .00")
  func payloadWithTextAndNoBIC() throws {
    var details = Details()
    details.bic = nil
    details.reference = nil
    details.text = "Invoices 2026-0412, 2026-0467"
    details.cents = 2_000
    let expected =
      "BCD\n002\n1\nSCT\n\nArflow Demo B.V.\nNL91ABNA0417164300\nEUR20.00\n\n\n"
      + "Invoices 2026-0412, 2026-0467"
    #expect(try details.code().payload == expected)
  }

  @Test("the smallest and largest amounts are written with two decimals")
  func amountBounds() throws {
    var details = Details()
    details.cents = 1
    #expect(try details.code().payload.contains("\nEUR0.01\n"))
    details.cents = 99_999_999_999
    #expect(try details.code().payload.contains("\nEUR999999999.99\n"))
  }

  @Test(
    "each broken rule is refused with its own code",
    arguments: [
      ("empty name", Details(name: "  "), EPCPaymentCodeError.Code.beneficiaryName),
      ("71-character name", Details(name: String(repeating: "A", count: 71)), .beneficiaryName),
      ("name with a line break", Details(name: "Arflow\nDemo"), .beneficiaryName),
      ("IBAN with a typo", Details(iban: "NL91ABNA0417164301"), .iban),
      ("IBAN too short", Details(iban: "NL91ABNA"), .iban),
      ("IBAN with a symbol", Details(iban: "NL91-ABNA-0417-1643-00"), .iban),
      ("BIC of 9 characters", Details(bic: "ABNANL2AX"), .bic),
      ("zero amount", Details(cents: 0), .amount),
      ("negative amount", Details(cents: -500), .amount),
      ("amount of a billion", Details(cents: 100_000_000_000), .amount),
      ("US dollars", Details(currency: "USD"), .currency),
      (
        "RF reference with wrong check digits", Details(reference: "RF19539007547034"),
        .creditorReference
      ),
      ("reference that is not RF", Details(reference: "2026-0412"), .creditorReference),
      (
        "141-character text", Details(reference: nil, text: String(repeating: "x", count: 141)),
        .remittanceText
      ),
      ("reference and text", Details(text: "Invoice 2026-0412"), .referenceAndText),
      (
        "payload over 331 bytes",
        Details(
          name: String(repeating: "€", count: 70), reference: nil,
          text: String(repeating: "€", count: 140)), .tooLong
      ),
    ])
  func brokenRule(_ name: String, details: Details, code: EPCPaymentCodeError.Code) throws {
    let error = try #require(throws: EPCPaymentCodeError.self, "\(name)") { try details.code() }
    #expect(error.code == code, "\(name)")
    #expect(!error.fix.isEmpty)
  }

  @Test("the error says which file the bad IBAN came from, in the bookkeeper's words")
  func locatedMessage() throws {
    let error = try #require(throws: EPCPaymentCodeError.self) {
      try Details(iban: "NL91ABNA0417164301").code()
    }
    let located = error.located(in: "mappings/company.yaml")
    #expect(located.message.hasPrefix("The IBAN in mappings/company.yaml is not a valid IBAN"))
    #expect(located.source == "mappings/company.yaml" && located.code == .iban)
  }
}
