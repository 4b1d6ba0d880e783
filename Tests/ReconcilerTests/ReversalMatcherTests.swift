import ArflowTesting
import Receivables
import Reconciler
import Testing

struct ReversalMatcherTests {
  typealias F = MatchingFixtures

  func allocation(_ payment: String, _ item: String, _ amount: String) throws -> Allocation {
    Allocation(
      paymentReference: payment, itemNumber: item, amount: try F.euros(amount),
      rule: .structuredReference, confidence: 100, explanation: "test")
  }

  @Test("a return found by end-to-end id undoes every allocation of its original, newest first")
  func byEndToEndID() throws {
    let original = try F.payment("P1", amount: "150.00", endToEnd: "E2E-1")
    let other = try F.payment("P2", amount: "150.00", endToEnd: "E2E-2")
    var returned = try F.payment("R1", amount: "-150.00", booked: "2026-02-12", endToEnd: "E2E-1")
    returned.returnReason = "MD06"
    let allocations = [
      try allocation("P1", "A1", "100.00"), try allocation("P2", "B1", "150.00"),
      try allocation("P1", "A2", "50.00"),
    ]
    let outcome = ReversalMatcher().undo(
      returned, payments: [original, other], allocations: allocations)
    #expect(outcome.originalPayment == "P1")
    #expect(outcome.allocationsToUndo.map(\.itemNumber) == ["A2", "A1"])
    #expect(outcome.explanation.contains("end-to-end id E2E-1"))
    #expect(outcome.explanation.contains("MD06"))
  }

  @Test("a reversal quoting the original's bank reference is found by it")
  func byBankReference() throws {
    let original = try F.payment("BANK-778", amount: "80.00")
    var reversal = try F.payment("R2", amount: "-80.00", text: "Storno BANK-778")
    reversal.isReversal = true
    let outcome = ReversalMatcher().undo(
      reversal, payments: [original], allocations: [try allocation("BANK-778", "A1", "80.00")])
    #expect(outcome.originalPayment == "BANK-778")
    #expect(outcome.allocationsToUndo.map(\.itemNumber) == ["A1"])
  }

  @Test("by amount and payer only when exactly one earlier payment fits")
  func byAmountAndPayer() throws {
    let iban = "DE89370400440532013000"
    let first = try F.payment("P1", amount: "60.00", iban: iban, booked: "2026-02-01")
    let reversal = try F.payment("R3", amount: "-60.00", iban: iban, booked: "2026-02-05")
    let allocations = [try allocation("P1", "A1", "60.00")]
    #expect(
      ReversalMatcher().undo(reversal, payments: [first], allocations: allocations).originalPayment
        == "P1")
    let second = try F.payment("P2", amount: "60.00", iban: iban, booked: "2026-02-03")
    let ambiguous = ReversalMatcher().undo(
      reversal, payments: [first, second], allocations: allocations)
    #expect(ambiguous.originalPayment == nil)
    #expect(ambiguous.allocationsToUndo.isEmpty)
  }

  @Test(
    "a partial reversal takes the unallocated part first, then undoes the newest allocation in part"
  )
  func partialReversal() throws {
    let original = try F.payment("P1", amount: "200.00", endToEnd: "E2E-9")
    let reversal = try F.payment("R4", amount: "-120.00", endToEnd: "E2E-9")
    let allocations = [try allocation("P1", "A1", "100.00"), try allocation("P1", "A2", "50.00")]
    let outcome = ReversalMatcher().undo(reversal, payments: [original], allocations: allocations)
    #expect(outcome.allocationsToUndo.map(\.itemNumber) == ["A2", "A1"])
    #expect(
      outcome.allocationsToUndo.map(\.amount) == [try F.euros("50.00"), try F.euros("20.00")])
  }

  @Test("an incoming payment is not a reversal and undoes nothing")
  func incoming() throws {
    let payment = try F.payment("P1", amount: "10.00")
    let outcome = ReversalMatcher().undo(payment, payments: [payment], allocations: [])
    #expect(outcome.originalPayment == nil)
  }
}
