import Receivables
import Testing

struct PaymentReferenceFormattingTests {
  @Test(
    "Each scheme prints the way its slips and invoices show it",
    arguments: [
      ("RF18539007547034", PaymentReference.Scheme.creditorReference, "RF18 5390 0754 7034"),
      ("RF18000000000539007547034", .creditorReference, "RF18 0000 0000 0539 0075 4703 4"),
      ("RF72YW", .creditorReference, "RF72 YW"),
      ("123456789002", .belgianStructured, "+++123/4567/89002+++"),
      ("***090/9337/55493***", .belgianStructured, "+++090/9337/55493+++"),
      ("5000056789012345", .dutchPaymentFeature, "5000 0567 8901 2345"),
      ("12234534622567", .dutchPaymentFeature, "12 2345 3462 2567"),
      ("1234567", .dutchPaymentFeature, "123 4567"),
      ("1234561", .finnish, "12 34561"),
      ("00000000000001234561", .finnish, "12 34561"),
      ("1234567123456784", .finnish, "1 23456 71234 56784"),
      ("40-", .norwegianKID, "40-"),
      ("1234 5678 903", .norwegianKID, "12345678903"),
      ("210000000003139471430009017", .swissQR, "21 00000 00003 13947 14300 09017"),
    ])
  func printForm(text: String, scheme: PaymentReference.Scheme, printed: String) throws {
    let reference = try PaymentReference(text, scheme: scheme)
    #expect(reference.formatted == printed)
    #expect(reference.description == printed)
  }

  @Test(
    "Reading the print form back gives the same reference",
    arguments: PaymentReferenceExamples.all)
  func printFormRoundTrips(example: PaymentReferenceExamples.Example) throws {
    let reference = try PaymentReference(example.printed, scheme: example.scheme)
    #expect(try PaymentReference(reference.formatted, scheme: example.scheme) == reference)
    #expect(try PaymentReference(reference.value, scheme: example.scheme) == reference)
  }

  @Test(
    "RF, Belgian, 16-digit Dutch and Swiss print forms are recognised without naming the scheme",
    arguments: PaymentReferenceExamples.all.filter {
      [.creditorReference, .belgianStructured, .swissQR].contains($0.scheme)
        || ($0.scheme == .dutchPaymentFeature && $0.value.count == 16)
    })
  func printFormIsRecognised(example: PaymentReferenceExamples.Example) throws {
    let reference = try PaymentReference(example.printed, scheme: example.scheme)
    #expect(try PaymentReference(recognising: reference.formatted) == reference)
  }
}
