import ArflowTesting
import Receivables
import Reconciler
import Testing

struct AmountCaseTests {
  typealias F = MatchingFixtures

  @Test("a partial payment pays what it has; the invoice keeps the rest open")
  func partial() throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    let result = F.match(items, [try F.payment("P1", amount: "60.00", structured: F.rf("A1"))])
    #expect(result.lines == ["P1 → A1 60.00 structured-reference 100"])
    #expect(result.allocations.first?.explanation.hasSuffix("40.00 EUR stays open") == true)
    #expect(result.unmatched.isEmpty)
  }

  @Test("an overpayment pays the invoice; the surplus stays unallocated as the customer's credit")
  func overpayment() throws {
    let items = [
      try F.invoice("A1", open: "100.00", rf: true), try F.invoice("A2", open: "50.00"),
    ]
    let payers: KnownPayers = ["NL91ABNA0417164300": "C1"]
    let payment = try F.payment(
      "P2", amount: "150.00", iban: "NL91ABNA0417164300", structured: F.rf("A1"))
    let result = F.match(items, [payment], payers: payers)
    #expect(result.lines == ["P2 → A1 100.00 structured-reference 100"])
    #expect(result.unmatched.map(\.unallocated) == [try F.euros("50.00")])
    #expect(
      result.allocations.first?.explanation.contains("50.00 EUR of the payment stays unallocated")
        == true)
    #expect(result.suggested(for: "P2").first == ["A2"])
  }

  @Test("a payment short of the invoices it names pays them oldest first")
  func severalNamedOldestFirst() throws {
    let items = [
      try F.invoice("B-2", open: "100.00", due: "2026-02-28", rf: true),
      try F.invoice("A-1", open: "100.00", due: "2026-01-31", rf: true),
    ]
    let text = "\(try F.rf("B-2")) \(try F.rf("A-1"))"
    let result = F.match(items, [try F.payment("P3", amount: "150.00", text: text)])
    #expect(
      result.lines == [
        "P3 → A-1 100.00 remittance-reference 95", "P3 → B-2 50.00 remittance-reference 95",
      ])
  }

  @Test("a credit note is netted against the invoice it refers to; the customer pays the rest")
  func nettingByReference() throws {
    let items = [
      try F.invoice("2026-0100", open: "100.00", rf: true),
      try F.creditNote("CN-7", credit: "30.00", refersTo: "2026-0100"),
      try F.invoice("2026-0101", open: "500.00"),
    ]
    let result = F.match(
      items, [try F.payment("P4", amount: "70.00", structured: F.rf("2026-0100"))])
    #expect(
      result.nettings.map {
        "\($0.creditNoteNumber) → \($0.invoiceNumber) \($0.amount.decimalString) \($0.confidence)"
      }
        == ["CN-7 → 2026-0100 30.00 95"])
    #expect(result.lines == ["P4 → 2026-0100 70.00 structured-reference 100"])
  }

  @Test("on instruction, credit notes are netted against the customer's oldest invoices")
  func nettingOldest() throws {
    let items = [
      try F.invoice("A2", open: "100.00", due: "2026-02-28"),
      try F.invoice("A1", open: "100.00", due: "2026-01-31"),
      try F.invoice("B1", customer: "C2", open: "100.00", due: "2025-12-31"),
      try F.creditNote("CN-8", credit: "150.00"),
    ]
    let settings = MatchingSettings(creditNoteNetting: .oldestItems)
    let result = F.match(items, [], settings: settings)
    #expect(result.nettings.map(\.invoiceNumber) == ["A1", "A2"])
    #expect(result.nettings.map(\.amount) == [try F.euros("100.00"), try F.euros("50.00")])
    #expect(F.match(items, []).nettings.isEmpty)
    let never = MatchingSettings(creditNoteNetting: .never)
    #expect(
      F.match(
        [items[1], try F.creditNote("CN-9", credit: "5.00", refersTo: "A1")], [], settings: never
      ).nettings.isEmpty)
  }

  @Test(
    "a shortfall within the tolerance is written off with its reason; without tolerance it stays open"
  )
  func toleranceWriteOff() throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    let payment = try F.payment("P5", amount: "99.50", structured: F.rf("A1"))
    let settings = MatchingSettings(tolerances: [.eur: try F.euros("1.00")])
    let result = F.match(items, [payment], settings: settings)
    #expect(result.lines == ["P5 → A1 99.50 structured-reference 100"])
    let writeOff = try #require(result.writeOffs.first)
    #expect(writeOff.amount == (try F.euros("0.50")))
    #expect(writeOff.reason == "bank charges or rounding within tolerance")
    #expect(writeOff.paymentReference == "P5")
    #expect(
      result.allocations.first?.explanation.contains("0.50 EUR is within the tolerance") == true)
    #expect(F.match(items, [payment]).writeOffs.isEmpty)
  }

  @Test("a payment in another currency than the invoice is never allocated")
  func currencyMismatch() throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    let payment = try F.payment("P6", amount: "100.00", structured: F.rf("A1"), currency: .usd)
    let result = F.match(items, [payment])
    #expect(result.allocations.isEmpty)
    #expect(
      result.unmatched.first?.suggestions.first?.reason.contains("in EUR and the payment in USD")
        == true)
  }

  @Test("two payments naming one invoice never take it below zero")
  func neverBelowZero() throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    let payments = [
      try F.payment("P7", amount: "80.00", structured: F.rf("A1")),
      try F.payment("P8", amount: "80.00", structured: F.rf("A1")),
    ]
    let result = F.match(items, payments)
    #expect(
      result.lines == [
        "P7 → A1 80.00 structured-reference 100", "P8 → A1 20.00 structured-reference 100",
      ])
    #expect(result.unmatched.map(\.unallocated) == [try F.euros("60.00")])
  }
}
