import ArflowTesting
import Receivables
import Reconciler
import Testing

struct DocumentNumberRuleTests {
  typealias F = MatchingFixtures

  @Test(
    "a document number written the payer's way pays the invoice",
    arguments: [
      ("2026-000123", "Factuur 2026-00123"),
      ("2026-000123", "betaling fact. 2026000123"),
      ("2026-000123", "Rechnung 2026/123 vom 12.01.2026"),
      ("RE 4711", "Rechnung Nr. RE4711"),
      ("RE 4711", "re 4711"),
      ("INV-88213", "Payment for invoice #88213"),
      ("F0012345", "Facture n° F12345"),
      ("SO-77812", "so77812"),
    ])
  func numberVariants(number: String, text: String) throws {
    let items = [
      try F.invoice(number, open: "120.00"), try F.invoice("2026-999999", open: "120.00"),
    ]
    let result = F.match(items, [try F.payment("P1", amount: "120.00", text: text)])
    #expect(result.lines == ["P1 → \(number) 120.00 document-number 90"])
  }

  @Test("the explanation quotes the words of the text and the invoice they name")
  func explanation() throws {
    let items = [try F.invoice("2026-0042", open: "1250.00")]
    let customers = [Customer(id: "C1", name: "Bakkerij De Korst B.V.")]
    let result = F.match(
      items, [try F.payment("P1", amount: "1250.00", text: "Factuur 2026-0042")],
      customers: customers)
    #expect(
      result.allocations.first?.explanation
        == "the remittance text names 'Factuur 2026-0042', which is invoice 2026-0042 of "
        + "Bakkerij De Korst B.V. (customer C1); the amount equals the open 1,250.00 EUR")
  }

  @Test("several numbers in one text pay each named invoice, oldest first")
  func severalNumbers() throws {
    let items = [
      try F.invoice("INV-88214", open: "50.00", due: "2026-02-15"),
      try F.invoice("INV-88213", open: "100.00", due: "2026-01-15"),
      try F.invoice("INV-88215", open: "70.00", due: "2026-01-01"),
    ]
    let result = F.match(
      items, [try F.payment("P2", amount: "150.00", text: "inv 88214 and 88213")])
    #expect(
      result.lines == [
        "P2 → INV-88213 100.00 document-number 90", "P2 → INV-88214 50.00 document-number 90",
      ])
  }

  @Test(
    "a date, postcode, amount, IBAN or customer number in the text is not an invoice number",
    arguments: [
      ("12032026", "Betaling 12-03-2026"),
      ("RE 1012", "Kerkstraat 1 1012 AB Amsterdam"),
      ("F-125000", "Betrag 1.250,00 EUR"),
      ("RE 1643", "von NL91 ABNA 0417 1643 00"),
      ("INV-47110", "Kundennummer 47110"),
      ("RE 2026", "Miete Maerz 2026 Order 88120"),
    ])
  func otherNumbers(number: String, text: String) throws {
    let items = [try F.invoice(number, customer: "C9", open: "80.00")]
    let result = F.match(items, [try F.payment("P3", amount: "81.00", text: text)])
    #expect(result.allocations.isEmpty)
    let withEqualAmount = F.match(items, [try F.payment("P3", amount: "80.00", text: text)])
    #expect(withEqualAmount.allocations.allSatisfy { $0.rule != .documentNumber })
  }

  @Test("a short number alone is only trusted when the amount confirms it")
  func shortNumber() throws {
    let items = [try F.invoice("4711", open: "80.00")]
    let differs = F.match(items, [try F.payment("P4", amount: "60.00", text: "Zahlung 4711")])
    #expect(differs.allocations.isEmpty)
    #expect(differs.suggested(for: "P4") == [["4711"]])
    let equal = F.match(items, [try F.payment("P4", amount: "80.00", text: "Zahlung 4711")])
    #expect(equal.lines == ["P4 → 4711 80.00 document-number 90"])
  }

  @Test("a number naming open items of two customers pays neither and suggests both")
  func ambiguousNumber() throws {
    let items = [
      try F.invoice("RE 40711", customer: "C1", open: "80.00"),
      try F.invoice("F-40711", customer: "C2", open: "80.00"),
    ]
    let result = F.match(items, [try F.payment("P5", amount: "80.00", text: "Rechnung 40711")])
    #expect(result.allocations.isEmpty)
    #expect(Set(result.suggested(for: "P5")) == [["RE 40711"], ["F-40711"]])
    let exact = F.match(items, [try F.payment("P6", amount: "80.00", text: "Rechnung RE 40711")])
    #expect(exact.lines == ["P6 → RE 40711 80.00 document-number 90"])
  }

  @Test("a number of another customer than the known payer's needs the amount to agree")
  func payerConflict() throws {
    let items = [
      try F.invoice("2026-000555", customer: "C2", open: "300.00"),
      try F.invoice("2026-000556", customer: "C1", open: "120.00"),
    ]
    let payers: KnownPayers = ["NL91ABNA0417164300": "C1"]
    let typo = try F.payment(
      "P7", amount: "120.00", iban: "NL91ABNA0417164300", text: "Factuur 2026-000555")
    let result = F.match(items, [typo], payers: payers)
    #expect(result.lines == ["P7 → 2026-000556 120.00 known-payer 85"])
  }

  @Test("a number from a payer nothing identifies pays only when the amount confirms it")
  func unconfirmedPayer() throws {
    let items = [try F.invoice("2026-000777", open: "300.00")]
    let customers = [Customer(id: "C1", name: "Drukkerij Peeters NV")]
    let stranger = try F.payment(
      "P8", amount: "100.00", name: "J. Smit", text: "Factuur 2026-000777")
    let unknown = F.match(items, [stranger], customers: customers)
    #expect(unknown.allocations.isEmpty)
    #expect(unknown.suggested(for: "P8") == [["2026-000777"]])
    let truncated = try F.payment(
      "P9", amount: "100.00", name: "DRUKKERIJ PEET", text: "Factuur 2026-000777")
    let resembling = F.match(items, [truncated], customers: customers)
    #expect(resembling.lines == ["P9 → 2026-000777 100.00 document-number 85"])
  }

  @Test("the explanation quotes the number with the words announcing it, as written")
  func quotesPhrase() throws {
    let items = [try F.invoice("RE 4711", open: "300.00")]
    let customers = [Customer(id: "C1", name: "Garage Müller GmbH")]
    let payment = try F.payment(
      "P10", amount: "100.00", name: "GARAGE MULLER", text: "Rechnung Nr. RE4711 vom 3.2.")
    let result = F.match(items, [payment], customers: customers)
    #expect(
      result.allocations.first?.explanation
        == "the remittance text names 'Rechnung Nr. RE4711', which is invoice RE 4711 of "
        + "Garage Müller GmbH (customer C1), the customer the payer's IBAN or name points to; "
        + "pays 100.00 EUR of the open 300.00 EUR; 200.00 EUR stays open")
  }
}
