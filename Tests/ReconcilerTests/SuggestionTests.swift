import ArflowTesting
import Receivables
import Reconciler
import Testing

struct SuggestionTests {
  typealias F = MatchingFixtures

  @Test("an unmatched payment gets at most three suggestions, best first, each with a reason")
  func topThree() throws {
    let items = try (1...5).map { try F.invoice("A\($0)", open: "100.00", due: "2026-01-0\($0)") }
    // The payer's name points to the customer, but five invoices have the amount open: rule 4
    // needs exactly one, so all are only suggested, oldest first.
    let result = F.match(
      items, [try F.payment("P1", amount: "100.00", name: "ACME TRADING B.V.")],
      customers: [Customer(id: "C1", name: "Acme Trading")])
    let unmatched = try #require(result.unmatched.first)
    #expect(unmatched.suggestions.map(\.itemNumbers) == [["A1"], ["A2"], ["A3"]])
    #expect(unmatched.suggestions.map(\.score) == [65, 65, 65])
    #expect(
      unmatched.suggestions.allSatisfy {
        $0.reason.contains("5 of its items have that amount open")
      })
  }

  @Test("a payment nothing links to any item has no suggestions")
  func nothingClose() throws {
    let items = [try F.invoice("A1", open: "100.00"), try F.invoice("A2", open: "100.00")]
    let result = F.match(items, [try F.payment("P1", amount: "17.00", text: "Spende")])
    #expect(result.unmatched.map(\.paymentID) == ["P1"])
    #expect(result.unmatched.first?.suggestions.isEmpty == true)
  }
}
