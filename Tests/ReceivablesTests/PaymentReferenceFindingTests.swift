import Receivables
import Testing

struct PaymentReferenceFindingTests {
  @Test(
    "References are found in realistic remittance lines in Dutch, German, French and English",
    arguments: [
      ("Betaling fact. RF18 5390 0754 7034 en 2024-0012", ["RF18539007547034"]),
      ("Mededeling: +++090/9337/55493+++", ["090933755493"]),
      ("mededeling 090/9337/55493 factuur 118", ["090933755493"]),
      ("Betalingskenmerk 5000 0567 8901 2345 factuur 88", ["5000056789012345"]),
      ("kenmerk 5000056789012345", ["5000056789012345"]),
      ("Zahlung Rechnung 4711, Referenz RF72YW, danke", ["RF72YW"]),
      ("QR-Referenz 21 00000 00003 13947 14300 09017 CHF 1949.75", ["210000000003139471430009017"]),
      ("Zahlung 210000000003139471430009017 vom 15.03.2024", ["210000000003139471430009017"]),
      ("Communication structurée ***010/8068/17183*** facture 2024-118", ["010806817183"]),
      ("Virement facture F2024-0012 communication +++123/4567/89002+++ merci", ["123456789002"]),
      ("Payment for invoice 2024-0012 ref rf18 5390 0754 7034", ["RF18539007547034"]),
      ("Invoice INV-2024-0012 paid, creditor ref RF26 2024 0012.", ["RF2620240012"]),
    ])
  func findsInRemittanceLines(line: String, expected: [String]) {
    #expect(PaymentReference.find(in: line).map(\.value) == expected)
  }

  @Test(
    "IBANs, dates, amounts and invoice numbers are never taken for references",
    arguments: [
      "Betaling NL91ABNA0417164300 2024-03-15 EUR 1.234,56",
      "IBAN NL91 ABNA 0417 1643 00, datum 15-03-2024, bedrag 250,00",
      // The Belgian account number in this IBAN has the same mod-97 check digits as an OGM.
      "Overschrijving van BE68 5390 0754 7034 ref 2024/0001",
      "BE68539007547034",
      // A German IBAN: 18 digits in groups, of which no 16 may be picked out.
      "Überweisung DE89 3704 0044 0532 0130 00 Rechnung 2024-0012",
      "Rechnung vom 15.03.2024 über 1.190,00 EUR, Kundennr. 4711",
      "Facture 2024/03/15 montant 99,95 EUR",
      // A valid betalingskenmerk inside a longer grouped number, or after one.
      "nummer 5000 0567 8901 2345 6789",
      "rekening 12 5000 0567 8901 2345",
    ])
  func findsNothingSpurious(line: String) {
    #expect(PaymentReference.find(in: line).isEmpty)
  }

  @Test(
    "Numbers whose check digits fail are left out",
    arguments: [
      "Betaling RF17 5390 0754 7034",
      "Mededeling +++090/9337/55494+++",
      "kenmerk 5000 0567 8901 2346",
      "Referenz 21 00000 00003 13947 14300 09016",
    ])
  func skipsWrongCheckDigits(line: String) {
    #expect(PaymentReference.find(in: line).isEmpty)
  }

  @Test("Several references come in order of appearance, each only once")
  func orderAndDuplicates() {
    let line =
      "+++090/9337/55493+++ RF18539007547034 / RF18 5390 0754 7034, 090/9337/55493 "
      + "en 5000 0567 8901 2345"
    let found = PaymentReference.find(in: line)
    #expect(found.map(\.value) == ["090933755493", "RF18539007547034", "5000056789012345"])
    #expect(
      found.map(\.scheme) == [.belgianStructured, .creditorReference, .dutchPaymentFeature])
  }

  @Test(
    "Grouped and glued writing is read as one reference",
    arguments: [
      ("(RF18 5390 0754 7034)", "RF18539007547034"),
      ("Ref:RF18539007547034;", "RF18539007547034"),
      ("RF18 5390 0754 7034 EUR 12,00", "RF18539007547034"),
      ("RF18 0000 0000 0539 0075 4703 4 betaald", "RF18000000000539007547034"),
      ("+++ 090/9337/55493 +++", "090933755493"),
      ("+++090933755493+++", "090933755493"),
      ("Betaling\u{A0}5000\u{A0}0567\u{A0}8901\u{A0}2345", "5000056789012345"),
    ])
  func readsGroupedWriting(line: String, value: String) {
    #expect(PaymentReference.find(in: line).map(\.value) == [value])
  }

  @Test(
    "Finnish references, KIDs and bare 12-digit numbers are not looked for in free text",
    arguments: ["viite 12 34561", "KID 12345678903", "betaling 090933755493", "1234567"])
  func ignoresAmbiguousDigits(line: String) {
    #expect(PaymentReference.find(in: line).isEmpty)
  }

  @Test("Empty and whitespace-only text has no references")
  func emptyText() {
    #expect(PaymentReference.find(in: "").isEmpty)
    #expect(PaymentReference.find(in: " \n\t ").isEmpty)
  }
}
