import ArflowTesting
import Receivables
import Reconciler
import Testing

struct ReferenceRuleTests {
  typealias F = MatchingFixtures

  @Test("a structured RF reference equal to an invoice's reference pays it with confidence 100")
  func structuredReference() throws {
    let items = [
      try F.invoice("2026-0001", open: "100.00", rf: true),
      try F.invoice("2026-0002", open: "250.00", rf: true),
    ]
    let result = F.match(
      items, [try F.payment("P1", amount: "100.00", structured: F.rf("2026-0001"))])
    #expect(result.lines == ["P1 → 2026-0001 100.00 structured-reference 100"])
    let explanation = try #require(result.allocations.first?.explanation)
    #expect(explanation.contains("structured reference RF"))
    #expect(explanation.contains("invoice 2026-0001"))
    #expect(explanation.contains("the amount equals the open 100.00 EUR"))
  }

  @Test("references found in the remittance text pay each invoice named, oldest first, at 95")
  func remittanceReferences() throws {
    let items = [
      try F.invoice("2026-0002", open: "250.00", due: "2026-02-28", rf: true),
      try F.invoice("2026-0003", open: "40.00", due: "2026-01-31", rf: true),
    ]
    let text = "Betaling \(try F.rf("2026-0002")) en \(try F.rf("2026-0003").lowercased())"
    let result = F.match(items, [try F.payment("P2", amount: "290.00", text: text)])
    #expect(
      result.lines == [
        "P2 → 2026-0003 40.00 remittance-reference 95",
        "P2 → 2026-0002 250.00 remittance-reference 95",
      ])
  }

  @Test("a reference the item gives as plain text matches exactly once spaces are removed")
  func referenceText() throws {
    let items = [try F.invoice("A-17", open: "75.00", referenceText: "KUNDE 4711 A17")]
    let result = F.match(items, [try F.payment("P3", amount: "75.00", structured: "KUNDE4711A17")])
    #expect(result.lines == ["P3 → A-17 75.00 structured-reference 100"])
  }

  @Test("a Belgian structured communication in the text pays the invoice that asked for it")
  func belgianReference() throws {
    var item = try F.invoice("BE-900", open: "60.00")
    item.paymentReference = try PaymentReference("090933755493", scheme: .belgianStructured)
    let result = F.match(
      [item], [try F.payment("P4", amount: "60.00", text: "+++090/9337/55493+++")])
    #expect(result.lines == ["P4 → BE-900 60.00 remittance-reference 95"])
  }

  @Test("a reference shared by items of two customers pays neither and is suggested")
  func sharedReference() throws {
    let items = [
      try F.invoice("X-1", customer: "C1", open: "80.00", referenceText: "ORDER77"),
      try F.invoice("X-2", customer: "C2", open: "80.00", referenceText: "ORDER77"),
    ]
    let result = F.match(items, [try F.payment("P5", amount: "80.00", structured: "ORDER77")])
    #expect(result.allocations.isEmpty)
    #expect(result.suggested(for: "P5").prefix(2) == [["X-1"], ["X-2"]])
  }
}
