import Receivables
import Reconciler
import Testing

struct SuggestionTests {
  typealias F = MatchingFixtures

  @Test("an unmatched payment gets at most three suggestions, best first, each with a reason")
  func topThree() throws {
    let items = try (1...5).map { try F.invoice("A\($0)", open: "100.00", due: "2026-01-0\($0)") }
    let result = F.match(
      items, [try F.payment("P1", amount: "100.00", iban: "NL91ABNA0417164300")],
      payers: ["NL91ABNA0417164300": "C1"])
    let unmatched = try #require(result.unmatched.first)
    #expect(unmatched.suggestions.map(\.itemNumbers) == [["A1"], ["A2"], ["A3"]])
    #expect(unmatched.suggestions.map(\.score) == [70, 70, 70])
    #expect(
      unmatched.suggestions.allSatisfy {
        $0.reason.contains("5 of its items have that amount open")
      })
  }

  @Test("a payment nothing links to any item has no suggestions")
  func nothingClose() throws {
    let items = [try F.invoice("A1", open: "100.00"), try F.invoice("A2", open: "100.00")]
    let result = F.match(items, [try F.payment("P1", amount: "17.00", text: "Spende")])
    #expect(result.unmatched.map(\.paymentReference) == ["P1"])
    #expect(result.unmatched.first?.suggestions.isEmpty == true)
  }
}
